; abort() after buffered output: SIGABRT, status 134; glibc does not flush stdout on abort.
BITS 64
DEFAULT REL

extern printf, abort
global main

section .rodata
msg db "buffered, then lost by abort", 10, 0

section .text
main:
    sub rsp, 8
    lea rdi, [rel msg]
    xor eax, eax
    call printf wrt ..plt
    call abort wrt ..plt
