; Unbounded recursion with a 256-byte frame: the stack runs out, SIGSEGV, status 139.
BITS 64
DEFAULT REL

global main

section .text
dive:
    push rbp
    mov rbp, rsp
    sub rsp, 256
    mov [rsp], rdi          ; touch the new frame
    inc rdi
    call dive
    leave
    ret

main:
    sub rsp, 8
    xor edi, edi
    call dive
    add rsp, 8
    ret
