; exit(-1) is seen as status 255.
BITS 64
DEFAULT REL

extern puts, exit
global main

section .rodata
msg db "exit(-1)", 0

section .text
main:
    sub rsp, 8
    lea rdi, [rel msg]
    call puts wrt ..plt
    mov edi, -1
    call exit wrt ..plt
