; Doubly recursive Fibonacci: prints fib(0)..fib(24), then their sum.
BITS 64
DEFAULT REL

extern printf
global main

section .rodata
fmt     db "fib(%d) = %d", 10, 0
sum_fmt db "sum = %ld", 10, 0

section .text
; fib(n) = fib(n - 1) + fib(n - 2), fib(0) = 0, fib(1) = 1
fib:
    cmp edi, 2
    jl .base
    push rbx
    push rbp
    sub rsp, 8
    mov ebx, edi
    lea edi, [rbx - 1]
    call fib
    mov ebp, eax
    lea edi, [rbx - 2]
    call fib
    add eax, ebp
    add rsp, 8
    pop rbp
    pop rbx
    ret
.base:
    mov eax, edi
    ret

main:
    push rbx
    push r12
    push r13
    xor ebx, ebx            ; n
    xor r12d, r12d          ; running sum
.next:
    mov edi, ebx
    call fib
    movsxd rdx, eax
    add r12, rdx
    lea rdi, [rel fmt]
    mov esi, ebx
    mov edx, eax
    xor eax, eax
    call printf wrt ..plt
    inc ebx
    cmp ebx, 24
    jle .next
    lea rdi, [rel sum_fmt]
    mov rsi, r12
    xor eax, eax
    call printf wrt ..plt
    xor eax, eax
    pop r13
    pop r12
    pop rbx
    ret
