; Preprocessor and data directives in a running program: %define, a %macro with
; parameters and local labels, %rep, times, equ, align, and a struc for records.
BITS 64
DEFAULT REL

extern printf
global main

%define NEWLINE 10
%define SQUARE(x) ((x) * (x))
COUNT equ 5

struc point
    .x: resq 1
    .y: resq 1
endstruc

; print_fmt fmt, value: printf of one integer, keeping rsp aligned at the call
%macro print_one 2
    lea rdi, [rel %1]
    mov rsi, %2
    xor eax, eax
    call printf wrt ..plt
%endmacro

; clamp reg, max: reg = min(reg, max), with a macro-local label
%macro clamp 2
    cmp %1, %2
    jle %%fits
    mov %1, %2
%%fits:
%endmacro

section .rodata
square_fmt db "SQUARE(7) = %ld", NEWLINE, 0
powers_fmt db "powers of two sum = %ld", NEWLINE, 0
pad_fmt    db "padding bytes = %ld", NEWLINE, 0
clamp_fmt  db "clamped = %ld", NEWLINE, 0
point_fmt  db "point size %ld, y of second = %ld", NEWLINE, 0

section .data
powers:
%assign p 1
%rep COUNT
    dq p
%assign p p * 2
%endrep
padding: times 3 db 0xaa
align 8
aligned_end:
points:
    istruc point
        at point.x, dq 1
        at point.y, dq 2
    iend
    istruc point
        at point.x, dq 30
        at point.y, dq 40
    iend

section .text
main:
    push rbx
    print_one square_fmt, SQUARE(7)

    xor eax, eax
    xor ecx, ecx
    lea rdx, [rel powers]
.sum:
    add rax, [rdx + rcx*8]
    inc ecx
    cmp ecx, COUNT
    jb .sum
    print_one powers_fmt, rax

    print_one pad_fmt, aligned_end - padding

    mov rbx, 1000
    clamp rbx, 99
    print_one clamp_fmt, rbx

    lea rdi, [rel point_fmt]
    mov esi, point_size
    mov rdx, [rel points + point_size + point.y]
    xor eax, eax
    call printf wrt ..plt

    xor eax, eax
    pop rbx
    ret
