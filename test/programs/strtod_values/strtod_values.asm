; strtod and atof on decimal, exponent, hex-float, inf/nan and junk inputs; each value
; printed with %.17g so every bit of the parse shows, with where parsing stopped.
BITS 64
DEFAULT REL

extern strtod, atof, printf
global main

section .rodata
fmt      db "strtod(", 34, "%s", 34, ") = %.17g, rest [%s]", 10, 0
atof_fmt db "atof(", 34, "%s", 34, ") = %g", 10, 0
s0 db "3.14159", 0
s1 db "  -2.5e-3xyz", 0
s2 db "1e308", 0
s3 db "0.1", 0
s4 db "0x1.8p1", 0
s5 db "inf", 0
s6 db "-Infinity", 0
s7 db "nan", 0
s8 db ".5", 0
s9 db "abc", 0
s10 db "123456789012345678901234567890", 0
s11 db "4.9e-324", 0
s12 db "1e-400", 0

section .data
inputs dq s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12
inputs_end:

section .bss
endptr resq 1

section .text
main:
    push rbx
    lea rbx, [rel inputs]
.next:
    mov rdi, [rbx]
    lea rsi, [rel endptr]
    call strtod wrt ..plt
    lea rdi, [rel fmt]
    mov rsi, [rbx]
    mov rdx, [rel endptr]
    mov eax, 1
    call printf wrt ..plt
    add rbx, 8
    lea rax, [rel inputs_end]
    cmp rbx, rax
    jb .next

    lea rdi, [rel s1]
    call atof wrt ..plt
    lea rdi, [rel atof_fmt]
    lea rsi, [rel s1]
    mov eax, 1
    call printf wrt ..plt

    xor eax, eax
    pop rbx
    ret
