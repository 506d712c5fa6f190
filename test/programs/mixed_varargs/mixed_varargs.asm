; Mixed int/double varargs beyond the registers: seven ints (five in registers, two on the
; stack) and ten doubles (eight in xmm0-7, two on the stack), interleaved in the format.
BITS 64
DEFAULT REL

extern printf
global main

section .rodata
fmt db "i1=%d d1=%.1f i2=%d d2=%.2f i3=%d d3=%g i4=%d d4=%e i5=%d d5=%f", 10
    db "i6=%d d6=%.3f i7=%d d7=%g d8=%g d9=%g d10=%.4f", 10, 0
d_values dq 1.5, 2.25, 3.125, 4.0625, 5.5, 6.75, 7.875, 8.5, 9.25, 10.125

section .text
main:
    push rbp
    mov rbp, rsp

    ; stack arguments in argument-list order: i6, i7, d9, d10
    movsd xmm0, [rel d_values + 8*9]
    sub rsp, 8
    movsd [rsp], xmm0       ; d10
    movsd xmm0, [rel d_values + 8*8]
    sub rsp, 8
    movsd [rsp], xmm0       ; d9
    push 700                ; i7
    push 600                ; i6

    movsd xmm0, [rel d_values + 8*0]
    movsd xmm1, [rel d_values + 8*1]
    movsd xmm2, [rel d_values + 8*2]
    movsd xmm3, [rel d_values + 8*3]
    movsd xmm4, [rel d_values + 8*4]
    movsd xmm5, [rel d_values + 8*5]
    movsd xmm6, [rel d_values + 8*6]
    movsd xmm7, [rel d_values + 8*7]
    lea rdi, [rel fmt]
    mov esi, 100
    mov edx, 200
    mov ecx, 300
    mov r8d, 400
    mov r9d, -500
    mov eax, 8
    call printf wrt ..plt

    xor eax, eax
    leave
    ret
