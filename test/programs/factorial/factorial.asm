; Recursive factorial: prints n! for n = 0..20 as 64-bit unsigned values.
BITS 64
DEFAULT REL

extern printf
global main

section .rodata
fmt db "%2d! = %lu", 10, 0

section .text
; fact(n) = n * fact(n - 1), fact(0) = fact(1) = 1
fact:
    cmp rdi, 1
    jbe .one
    push rbx
    mov rbx, rdi
    lea rdi, [rdi - 1]
    call fact
    imul rax, rbx
    pop rbx
    ret
.one:
    mov eax, 1
    ret

main:
    push rbx                ; keeps rsp 16-byte aligned for the calls below
    xor ebx, ebx
.next:
    mov edi, ebx
    call fact
    lea rdi, [rel fmt]
    mov esi, ebx
    mov rdx, rax
    xor eax, eax
    call printf wrt ..plt
    inc ebx
    cmp ebx, 20
    jbe .next
    xor eax, eax
    pop rbx
    ret
