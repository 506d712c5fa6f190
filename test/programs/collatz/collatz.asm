; The longest Collatz chain starting below 30000: a tight loop of shifts, adds and branches.
BITS 64
DEFAULT REL

extern printf
global main

LIMIT equ 30000

section .rodata
fmt db "longest chain below %d starts at %d: %d steps (%ld steps in all)", 10, 0

section .text
main:
    sub rsp, 8
    mov r8d, 1              ; start
    xor r9d, r9d            ; best start
    xor r10d, r10d          ; best length
    xor r11d, r11d          ; total steps
.start:
    mov rax, r8
    xor ecx, ecx
.step:
    cmp rax, 1
    je .chain_done
    inc ecx
    test al, 1
    jnz .odd
    shr rax, 1
    jmp .step
.odd:
    lea rax, [rax + rax*2 + 1]
    jmp .step
.chain_done:
    add r11, rcx
    cmp ecx, r10d
    jbe .not_best
    mov r10d, ecx
    mov r9d, r8d
.not_best:
    inc r8d
    cmp r8d, LIMIT
    jb .start

    lea rdi, [rel fmt]
    mov esi, LIMIT
    mov edx, r9d
    mov ecx, r10d
    mov r8, r11
    xor eax, eax
    call printf wrt ..plt
    xor eax, eax
    add rsp, 8
    ret
