; Reverses each argument in place (argv strings are writable) and prints it with its length.
BITS 64
DEFAULT REL

extern printf, strlen
global main

section .rodata
fmt db "%lu [%s]", 10, 0

section .text
main:
    push rbx
    push r12
    push r13
    mov r12d, edi
    mov r13, rsi
    mov ebx, 1
.next_arg:
    cmp ebx, r12d
    jge .done
    mov rdi, [r13 + rbx*8]
    call strlen wrt ..plt
    mov rdi, [r13 + rbx*8]
    lea rsi, [rdi + rax - 1]
    mov r8, rax             ; keep the length for printing
.swap:
    cmp rdi, rsi
    jae .print
    mov cl, [rdi]
    mov dl, [rsi]
    mov [rdi], dl
    mov [rsi], cl
    inc rdi
    dec rsi
    jmp .swap
.print:
    lea rdi, [rel fmt]
    mov rsi, r8
    mov rdx, [r13 + rbx*8]
    xor eax, eax
    call printf wrt ..plt
    inc ebx
    jmp .next_arg
.done:
    xor eax, eax
    pop r13
    pop r12
    pop rbx
    ret
