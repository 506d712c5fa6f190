; main returns 256: only the low 8 bits survive, so the status is 0.
BITS 64
DEFAULT REL

extern puts
global main

section .rodata
msg db "returning 256 from main", 0

section .text
main:
    sub rsp, 8
    lea rdi, [rel msg]
    call puts wrt ..plt
    mov eax, 256
    add rsp, 8
    ret
