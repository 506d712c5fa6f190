; scanf("%ld") until it stops matching: sums the numbers on stdin, then reports scanf's last
; result (EOF = -1 at the end of input, 0 at a word that is not a number).
BITS 64
DEFAULT REL

extern scanf, printf
global main

section .rodata
in_fmt   db "%ld", 0
each_fmt db "read %ld", 10, 0
sum_fmt  db "%d numbers, sum %ld, scanf returned %d", 10, 0

section .bss
number resq 1

section .text
main:
    push rbx                ; count
    push r12                ; sum
    push r13                ; scanf's last result
    xor ebx, ebx
    xor r12d, r12d
.next:
    lea rdi, [rel in_fmt]
    lea rsi, [rel number]
    xor eax, eax
    call scanf wrt ..plt
    mov r13d, eax
    cmp eax, 1
    jne .done
    inc ebx
    add r12, [rel number]
    lea rdi, [rel each_fmt]
    mov rsi, [rel number]
    xor eax, eax
    call printf wrt ..plt
    jmp .next
.done:
    lea rdi, [rel sum_fmt]
    mov esi, ebx
    mov rdx, r12
    mov ecx, r13d
    xor eax, eax
    call printf wrt ..plt
    xor eax, eax
    pop r13
    pop r12
    pop rbx
    ret
