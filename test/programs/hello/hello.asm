BITS 64
DEFAULT REL

extern puts
global main

section .rodata
msg db "Hello from NASM + glibc (puts)!", 0

section .text
main:
    ; puts(const char *s)
    lea rdi, [rel msg]
    call puts wrt ..plt     ; <-- PIE-friendly call via PLT
    xor eax, eax            ; return 0
    ret
