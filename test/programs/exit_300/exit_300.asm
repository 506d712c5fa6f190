; exit(300): the shell sees only the low 8 bits, 300 & 0xff = 44.
BITS 64
DEFAULT REL

extern puts, exit
global main

section .rodata
msg db "exit(300)", 0

section .text
main:
    sub rsp, 8
    lea rdi, [rel msg]
    call puts wrt ..plt
    mov edi, 300
    call exit wrt ..plt
