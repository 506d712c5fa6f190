; CPU-bound benchmark: 250,000,000 iterations of a four-instruction loop, about 10^9
; instructions, then one printf of the result so every run can be checked against native.
BITS 64
DEFAULT REL

extern printf
global main

ITERATIONS equ 250000000

section .rodata
fmt db "loop result %ld", 10, 0

section .text
main:
    sub rsp, 8
    xor eax, eax
    mov ecx, ITERATIONS
.spin:
    add rax, rcx
    xor rax, 0x5a5a
    dec rcx
    jnz .spin
    lea rdi, [rel fmt]
    mov rsi, rax
    xor eax, eax
    call printf wrt ..plt
    xor eax, eax
    add rsp, 8
    ret
