; getline over lines longer than its first buffer (120 bytes in glibc), an empty line and a
; last line without a newline; prints each length and line, checks *n > length each time,
; then the totals at EOF.
BITS 64
DEFAULT REL

extern printf, getline, free, stdin
global main

section .rodata
line_fmt  db "%ld: %s", 0
size_bad  db "buffer size %lu too small for %ld bytes", 10, 0
total_fmt db 10, "lines=%d bytes=%ld last=%ld", 10, 0

section .bss
lineptr  resq 1
linesize resq 1

section .text
main:
    push rbx
    push r12
    push r13
    xor ebx, ebx            ; lines
    xor r12d, r12d          ; bytes
    mov qword [rel lineptr], 0
    mov qword [rel linesize], 0
.next:
    lea rdi, [rel lineptr]
    lea rsi, [rel linesize]
    mov rax, [rel stdin wrt ..got]
    mov rdx, [rax]
    call getline wrt ..plt
    mov r13, rax
    cmp rax, -1
    je .done
    inc ebx
    add r12, rax

    mov rax, [rel linesize]
    cmp rax, r13
    ja .size_ok
    lea rdi, [rel size_bad]
    mov rsi, rax
    mov rdx, r13
    xor eax, eax
    call printf wrt ..plt
.size_ok:
    lea rdi, [rel line_fmt]
    mov rsi, r13
    mov rdx, [rel lineptr]
    xor eax, eax
    call printf wrt ..plt
    jmp .next

.done:
    lea rdi, [rel total_fmt]
    mov esi, ebx
    mov rdx, r12
    mov rcx, r13
    xor eax, eax
    call printf wrt ..plt
    mov rdi, [rel lineptr]
    call free wrt ..plt
    xor eax, eax
    pop r13
    pop r12
    pop rbx
    ret
