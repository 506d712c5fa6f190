; Return values: printf returns the number of bytes written (also for an empty format and
; for %n's count), putchar returns the char written.
BITS 64
DEFAULT REL

extern printf, putchar
global main

section .rodata
greeting db "hello, %s!", 10, 0
name     db "world", 0
empty    db "", 0
count_n  db "12345%n678", 10, 0
result   db "printf returned %d, %d, %d; %%n stored %d; putchar returned %d", 10, 0

section .bss
stored resd 1

section .text
main:
    push rbx
    push r12
    push r13
    push r14
    push r15

    lea rdi, [rel greeting]
    lea rsi, [rel name]
    xor eax, eax
    call printf wrt ..plt
    mov ebx, eax

    lea rdi, [rel empty]
    xor eax, eax
    call printf wrt ..plt
    mov r12d, eax

    lea rdi, [rel count_n]
    lea rsi, [rel stored]
    xor eax, eax
    call printf wrt ..plt
    mov r13d, eax

    mov edi, '#'
    call putchar wrt ..plt
    mov r14d, eax
    mov edi, 10
    call putchar wrt ..plt

    lea rdi, [rel result]
    mov esi, ebx
    mov edx, r12d
    mov ecx, r13d
    mov r8d, [rel stored]
    mov r9d, r14d
    xor eax, eax
    call printf wrt ..plt

    xor eax, eax
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    ret
