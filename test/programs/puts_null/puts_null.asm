; puts(NULL): glibc reads through the pointer and crashes, SIGSEGV, status 139.
BITS 64
DEFAULT REL

extern puts
global main

section .text
main:
    sub rsp, 8
    xor edi, edi
    call puts wrt ..plt
    xor eax, eax
    add rsp, 8
    ret
