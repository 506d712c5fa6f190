; fgets with an 8-byte buffer: long lines arrive in pieces of at most 7 bytes; NULL at EOF.
BITS 64
DEFAULT REL

extern fgets, printf, stdin
global main

CHUNK equ 8

section .rodata
fmt      db "[%s]", 10, 0
done_fmt db "%d pieces", 10, 0

section .bss
chunk resb CHUNK

section .text
main:
    push rbx
    xor ebx, ebx
.next:
    lea rdi, [rel chunk]
    mov esi, CHUNK
    mov rax, [rel stdin wrt ..got]
    mov rdx, [rax]
    call fgets wrt ..plt
    test rax, rax
    jz .done
    inc ebx
    lea rdi, [rel fmt]
    mov rsi, rax
    xor eax, eax
    call printf wrt ..plt
    jmp .next
.done:
    lea rdi, [rel done_fmt]
    mov esi, ebx
    xor eax, eax
    call printf wrt ..plt
    xor eax, eax
    pop rbx
    ret
