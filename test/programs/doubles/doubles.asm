; Doubles through printf in xmm registers: %f %e %g %.3f and rounding corner cases.
BITS 64
DEFAULT REL

extern printf
global main

section .rodata
four_fmt db "%f %e %g %.3f", 10, 0
f_fmt    db "%%f    %f", 10, 0
e_fmt    db "%%e    %e", 10, 0
g_fmt    db "%%g    %g", 10, 0
p3_fmt   db "%%.3f  %.3f", 10, 0
p0_fmt   db "%%.0f  %.0f", 10, 0
p2_fmt   db "%%.2f  %.2f", 10, 0
w_fmt    db "%%12.4e [%12.4e]", 10, 0
lw_fmt   db "%%-10.2f [%-10.2f]", 10, 0
pl_fmt   db "%%+.1f %+.1f", 10, 0
two_fmt  db "%g and %g", 10, 0
pi       dq 3.141592653589793

section .data
; (format, value) pairs printed one call each
cases:
    dq f_fmt,  0.1
    dq f_fmt,  -2.5
    dq f_fmt,  1e20
    dq e_fmt,  0.0
    dq e_fmt,  6.02214076e23
    dq e_fmt,  -1.5e-300
    dq g_fmt,  1e-5
    dq g_fmt,  123456789.0
    dq g_fmt,  100000.0
    dq g_fmt,  1000000.0
    dq g_fmt,  0.0001
    dq p3_fmt, 2.0005
    dq p3_fmt, -0.0
    dq p0_fmt, 0.5
    dq p0_fmt, 1.5
    dq p0_fmt, 2.5
    dq p2_fmt, 1.005
    dq p2_fmt, 1.125
    dq w_fmt,  -314.159
    dq lw_fmt, 7.777
    dq pl_fmt, 9.96
cases_end:

section .text
main:
    push rbx
    lea rdi, [rel four_fmt]
    movsd xmm0, [rel pi]
    movsd xmm1, [rel pi]
    movsd xmm2, [rel pi]
    movsd xmm3, [rel pi]
    mov eax, 4              ; four vector registers carry arguments
    call printf wrt ..plt

    lea rbx, [rel cases]
.next:
    mov rdi, [rbx]
    movsd xmm0, [rbx + 8]
    mov eax, 1
    call printf wrt ..plt
    add rbx, 16
    lea rax, [rel cases_end]
    cmp rbx, rax
    jb .next

    ; two doubles: the second in xmm1
    lea rdi, [rel two_fmt]
    mov rax, 0x3ff8000000000000   ; 1.5
    movq xmm0, rax
    mov rax, 0xc059000000000000   ; -100.0
    movq xmm1, rax
    mov eax, 2
    call printf wrt ..plt

    xor eax, eax
    pop rbx
    ret
