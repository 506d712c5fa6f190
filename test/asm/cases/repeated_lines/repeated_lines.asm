; Lines written word for word more than once: each copy means what it means where it stands,
; whatever was defined between the copies.
BITS 64
extern printf
global main

section .text
main:
    push rbp
    push rbp
    push rbp
    mov eax, [0x10]
    mov eax, [0x10]
    mov eax, [0x10]
default rel
    mov eax, [0x10]
    mov eax, [0x10]
default abs
    mov eax, [0x10]
    call printf wrt ..plt
    call printf wrt ..plt
    call printf wrt ..plt
    call helper
    call helper
    call helper
    jmp short .out
    jmp short .out
    jmp short .out
.out:
    inc eax
    inc eax
    inc eax
%macro inc 1
    add %1, 2
%endmacro
    inc eax
    inc eax
    mov rcx, rax
    mov rcx, rax
    mov rcx, rax
%define rcx rdx
    mov rcx, rax
    mov rcx, rax
%if 0
    push rbp
%endif
%rep 3
    push rbp
    db 1, 2
%endrep
helper:
    jl .small
    jl .small
    jl .small
.small:
    ret
other:
    jl .small
    jl .small
    jl .small
.small:
    ret
third:
    jl .small
.small:
    ret
fourth:
    jmp .small
.small:
    jl .small
    ret
    times 2 nop
    times 2 nop
    times 2 nop
    mov al, 300
    mov al, 300
    mov al, 300
    mov al, 300

section .data
    dq 1
section .text
    nop
section .data
    dq 2
section .text
struc pair
    .a resd 1
endstruc
    nop
section .data
    dq 3
struc point
    .x resd 1
endstruc
    dq 4
section .text
    nop

section .bss
    resq 1
    resq 1
    resq 1
    push rbp
    push rbp
    push rbp
