; Sieve of Eratosthenes over a byte array in .bss: counts the primes below 10000 and prints
; the last ten.
BITS 64
DEFAULT REL

extern printf, putchar
global main

N equ 10000

section .rodata
count_fmt db "%d primes below %d; the last ten:", 0
prime_fmt db " %d", 0

section .bss
composite resb N

section .text
main:
    push rbx
    push r12
    push r13
    lea r12, [rel composite]
    mov ecx, 2
.outer:
    mov eax, ecx
    imul eax, ecx
    cmp eax, N
    jae .count
    cmp byte [r12 + rcx], 0
    jne .next_outer
.mark:
    mov byte [r12 + rax], 1
    add eax, ecx
    cmp eax, N
    jb .mark
.next_outer:
    inc ecx
    jmp .outer

.count:
    xor esi, esi
    mov ecx, 2
.count_loop:
    cmp byte [r12 + rcx], 0
    jne .not_prime
    inc esi
.not_prime:
    inc ecx
    cmp ecx, N
    jb .count_loop
    mov r13d, esi
    lea rdi, [rel count_fmt]
    mov edx, N
    xor eax, eax
    call printf wrt ..plt

    ; walk back from N - 1 to find the tenth-last prime, then print forward
    mov ebx, N - 1
    xor ecx, ecx
.back:
    cmp byte [r12 + rbx], 0
    jne .back_next
    inc ecx
    cmp ecx, 10
    je .forward
.back_next:
    dec ebx
    jmp .back
.forward:
    cmp byte [r12 + rbx], 0
    jne .skip
    lea rdi, [rel prime_fmt]
    mov esi, ebx
    xor eax, eax
    call printf wrt ..plt
.skip:
    inc ebx
    cmp ebx, N
    jb .forward
    mov edi, 10
    call putchar wrt ..plt
    xor eax, eax
    pop r13
    pop r12
    pop rbx
    ret
