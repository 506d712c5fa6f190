; Euclid's algorithm with unsigned div on pairs from a table; also the lcm of each pair.
BITS 64
DEFAULT REL

extern printf
global main

section .rodata
fmt db "gcd(%lu, %lu) = %lu, lcm = %lu", 10, 0

section .data
pairs dq 48, 18,   17, 5,   0, 9,   1071, 462,   600851475143, 6857,   1, 1
      dq 12345678900, 9876543210
pairs_end:

section .text
; gcd(a, b): while (b) { t = a % b; a = b; b = t; } return a
gcd:
    mov rax, rdi
    mov rcx, rsi
.loop:
    test rcx, rcx
    jz .done
    xor edx, edx
    div rcx
    mov rax, rcx
    mov rcx, rdx
    jmp .loop
.done:
    ret

main:
    push rbx
    push r12
    sub rsp, 8
    lea rbx, [rel pairs]
.next:
    mov rdi, [rbx]
    mov rsi, [rbx + 8]
    call gcd
    mov r12, rax
    ; lcm = a / gcd * b (0 when a is 0)
    mov r8, 0
    test r12, r12
    jz .print
    mov rax, [rbx]
    xor edx, edx
    div r12
    imul rax, [rbx + 8]
    mov r8, rax
.print:
    lea rdi, [rel fmt]
    mov rsi, [rbx]
    mov rdx, [rbx + 8]
    mov rcx, r12
    xor eax, eax
    call printf wrt ..plt
    add rbx, 16
    lea rax, [rel pairs_end]
    cmp rbx, rax
    jb .next
    xor eax, eax
    add rsp, 8
    pop r12
    pop rbx
    ret
