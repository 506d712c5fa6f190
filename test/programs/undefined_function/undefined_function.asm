; Calls a function nothing defines: the link fails before anything runs, with status 1.
BITS 64
DEFAULT REL

extern puts, frobnicate
global main

section .rodata
msg db "never printed", 0

section .text
main:
    sub rsp, 8
    lea rdi, [rel msg]
    call puts wrt ..plt
    call frobnicate wrt ..plt
    xor eax, eax
    add rsp, 8
    ret
