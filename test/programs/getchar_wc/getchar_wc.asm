; wc with getchar: counts bytes, lines and words on stdin until getchar returns EOF (-1).
BITS 64
DEFAULT REL

extern getchar, printf
global main

section .rodata
fmt db "%d lines, %d words, %d bytes", 10, 0

section .text
main:
    push rbx                ; bytes
    push r12                ; lines
    push r13                ; words
    push r14                ; inside a word?
    push r15
    xor ebx, ebx
    xor r12d, r12d
    xor r13d, r13d
    xor r14d, r14d
.next:
    call getchar wrt ..plt
    cmp eax, -1
    je .done
    inc ebx
    cmp eax, 10
    jne .not_newline
    inc r12d
.not_newline:
    cmp eax, ' '
    je .blank
    cmp eax, 9
    je .blank
    cmp eax, 10
    je .blank
    test r14d, r14d
    jnz .next
    mov r14d, 1
    inc r13d
    jmp .next
.blank:
    xor r14d, r14d
    jmp .next
.done:
    lea rdi, [rel fmt]
    mov esi, r12d
    mov edx, r13d
    mov ecx, ebx
    xor eax, eax
    call printf wrt ..plt
    xor eax, eax
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    ret
