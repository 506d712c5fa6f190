; putchar loops: the alphabet, then a triangle of stars; putchar returns its argument.
BITS 64
DEFAULT REL

extern putchar, printf
global main

section .rodata
ret_fmt db "putchar returned %d", 10, 0

section .text
main:
    push rbx
    push r12
    push r13

    mov ebx, 'A'
.alpha:
    mov edi, ebx
    call putchar wrt ..plt
    inc ebx
    cmp ebx, 'Z'
    jbe .alpha
    mov edi, 10
    call putchar wrt ..plt

    mov r12d, 1             ; row
.row:
    xor r13d, r13d
.star:
    mov edi, '*'
    call putchar wrt ..plt
    inc r13d
    cmp r13d, r12d
    jb .star
    mov edi, 10
    call putchar wrt ..plt
    inc r12d
    cmp r12d, 6
    jbe .row

    ; putchar takes an int and writes (unsigned char) c: 0x141 writes 'A'
    mov edi, 0x141
    call putchar wrt ..plt
    mov ebx, eax
    mov edi, 10
    call putchar wrt ..plt
    lea rdi, [rel ret_fmt]
    mov esi, ebx
    xor eax, eax
    call printf wrt ..plt

    xor eax, eax
    pop r13
    pop r12
    pop rbx
    ret
