; main returns 3: the exit status is main's return value, and stdout is flushed on return.
BITS 64
DEFAULT REL

extern printf
global main

section .rodata
msg db "returning 3 from main", 10, "(no newline after this)", 0

section .text
main:
    sub rsp, 8
    lea rdi, [rel msg]
    xor eax, eax
    call printf wrt ..plt
    mov eax, 3
    add rsp, 8
    ret
