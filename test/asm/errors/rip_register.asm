bits 64
section .text
main:
    lea rdi, [rip + message]
    ret
section .rodata
message db "hi", 0
