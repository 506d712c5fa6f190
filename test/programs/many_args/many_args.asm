; More than six integer arguments: a callee of our own taking eight (two on the stack),
; and printf with twelve conversions (seven of them on the stack, mixed types).
BITS 64
DEFAULT REL

extern printf
global main

section .rodata
w_fmt   db "weighted8 = %ld", 10, 0
big_fmt db "%d %d %d %d %d | %d %d %s %c %ld %x %d", 10, 0
text    db "stack-string", 0

section .text
; weighted8(a..h) = 1a + 2b + 3c + 4d + 5e + 6f + 7g + 8h; g and h arrive on the stack
weighted8:
    mov rax, rdi
    lea rax, [rax + rsi*2]
    imul rdx, rdx, 3
    add rax, rdx
    lea rcx, [rcx*4]
    add rax, rcx
    imul r8, r8, 5
    add rax, r8
    imul r9, r9, 6
    add rax, r9
    mov r10, [rsp + 8]
    imul r10, r10, 7
    add rax, r10
    mov r10, [rsp + 16]
    shl r10, 3
    add rax, r10
    ret

main:
    push rbp
    mov rbp, rsp

    ; weighted8(1, 2, 3, 4, 5, 6, 7, 8) = 204
    push 8
    push 7
    mov edi, 1
    mov esi, 2
    mov edx, 3
    mov ecx, 4
    mov r8d, 5
    mov r9d, 6
    call weighted8
    add rsp, 16
    lea rdi, [rel w_fmt]
    mov rsi, rax
    xor eax, eax
    call printf wrt ..plt

    ; weighted8(-1, 2, -3, 4, -5, 6, -7, 1000000000000)
    mov rax, 1000000000000
    push rax
    push -7
    mov rdi, -1
    mov esi, 2
    mov rdx, -3
    mov ecx, 4
    mov r8, -5
    mov r9d, 6
    call weighted8
    add rsp, 16
    lea rdi, [rel w_fmt]
    mov rsi, rax
    xor eax, eax
    call printf wrt ..plt

    ; printf(fmt, 1, 2, 3, 4, 5, 6, 7, "stack-string", 'Z', -5000000000, 0xbeef, -12)
    sub rsp, 8              ; seven stack arguments: pad to keep rsp 16-byte aligned
    push -12
    push 0xbeef
    mov rax, -5000000000
    push rax
    push 'Z'
    lea rax, [rel text]
    push rax
    push 7
    push 6
    lea rdi, [rel big_fmt]
    mov esi, 1
    mov edx, 2
    mov ecx, 3
    mov r8d, 4
    mov r9d, 5
    xor eax, eax
    call printf wrt ..plt
    add rsp, 64

    xor eax, eax
    leave
    ret
