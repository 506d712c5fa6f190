; Signed division by zero: SIGFPE, status 136. The divisor comes from argc - 1, so the
; assembler cannot see it is zero.
BITS 64
DEFAULT REL

global main

section .text
main:
    lea ecx, [rdi - 1]      ; argc - 1 = 0 without arguments
    mov eax, 1000
    cdq
    idiv ecx
    ret
