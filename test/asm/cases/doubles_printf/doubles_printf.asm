BITS 64
DEFAULT REL
extern printf
global main
section .rodata
fmt     db "%.3f %g %e", 10, 0
a       dq 3.25
b       dq 1.5
section .text
main:
        sub rsp, 8
        movsd xmm0, [a]
        mulsd xmm0, [b]
        movsd xmm1, [b]
        mov eax, 7
        cvtsi2sd xmm2, eax
        divsd xmm2, xmm1
        lea rdi, [fmt]
        mov eax, 3
        call printf wrt ..plt
        add rsp, 8
        xor eax, eax
        ret
