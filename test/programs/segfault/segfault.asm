; A write to address 0 from a function of our own: SIGSEGV, status 139.
BITS 64
DEFAULT REL

extern puts, fflush, stdout
global main

section .rodata
msg db "about to write to NULL", 0

section .text
store_through:                 ; store_through(p): *p = 7
    mov qword [rdi], 7
    ret

main:
    sub rsp, 8
    lea rdi, [rel msg]
    call puts wrt ..plt
    mov rax, [rel stdout wrt ..got]
    mov rdi, [rax]
    call fflush wrt ..plt
    xor edi, edi
    call store_through
    xor eax, eax
    add rsp, 8
    ret
