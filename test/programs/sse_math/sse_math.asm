; Scalar SSE2 arithmetic: Newton's method for square roots against sqrtsd, int/double
; conversions, and a harmonic sum, all printed through printf's xmm arguments.
BITS 64
DEFAULT REL

extern printf
global main

section .rodata
newton_fmt db "sqrt(%g): newton %.15f, sqrtsd %.15f", 10, 0
conv_fmt   db "cvttsd2si(%g) = %ld, cvtsd2si(%g) = %ld", 10, 0
harm_fmt   db "H(%d) = %.12f", 10, 0
half       dq 0.5
one        dq 1.0
inputs     dq 2.0, 10.0, 0.25, 1e10
conv_in    dq -2.5, 3.5, 2.5, -0.75

section .text
; newton_sqrt(x in xmm0): twenty rounds of g = (g + x / g) / 2 from g = x
newton_sqrt:
    movsd xmm1, xmm0        ; guess
    mov ecx, 30
.round:
    movsd xmm2, xmm0
    divsd xmm2, xmm1
    addsd xmm2, xmm1
    mulsd xmm2, [rel half]
    movsd xmm1, xmm2
    dec ecx
    jnz .round
    movsd xmm0, xmm1
    ret

main:
    push rbx
    sub rsp, 16             ; a spill slot; rsp stays 16-byte aligned
    xor ebx, ebx
.next_root:
    lea rax, [rel inputs]
    movsd xmm0, [rax + rbx*8]
    call newton_sqrt
    movsd [rsp], xmm0
    lea rax, [rel inputs]
    movsd xmm0, [rax + rbx*8]
    sqrtsd xmm2, xmm0
    movsd xmm1, [rsp]
    lea rdi, [rel newton_fmt]
    mov eax, 3
    call printf wrt ..plt
    inc ebx
    cmp ebx, 4
    jb .next_root

    ; truncation versus the default rounding mode (to nearest, ties to even)
    xor ebx, ebx
.next_conv:
    lea rax, [rel conv_in]
    movsd xmm0, [rax + rbx*8]
    cvttsd2si rsi, xmm0
    cvtsd2si rdx, xmm0
    movsd xmm1, xmm0
    lea rdi, [rel conv_fmt]
    mov eax, 2
    call printf wrt ..plt
    inc ebx
    cmp ebx, 4
    jb .next_conv

    ; H(n) = 1 + 1/2 + ... + 1/n
    pxor xmm0, xmm0
    mov ecx, 1
.harmonic:
    cvtsi2sd xmm1, ecx
    movsd xmm2, [rel one]
    divsd xmm2, xmm1
    addsd xmm0, xmm2
    inc ecx
    cmp ecx, 1000
    jbe .harmonic
    lea rdi, [rel harm_fmt]
    mov esi, 1000
    mov eax, 1
    call printf wrt ..plt

    xor eax, eax
    add rsp, 16
    pop rbx
    ret
