; Legal heavy stack use: a 6 MiB local array touched on every page, then recursion 100,000
; calls deep; both fit in the 8 MiB stack.
BITS 64
DEFAULT REL

extern printf
global main

FRAME equ 6 * 1024 * 1024
PAGE  equ 4096
DEPTH equ 100000

section .rodata
array_fmt db "6 MiB on the stack: %ld pages, checksum %ld", 10, 0
depth_fmt db "recursion depth %ld, sum %ld", 10, 0

section .text
; depth_sum(n) = n + depth_sum(n - 1), one 16-byte frame per level
depth_sum:
    test rdi, rdi
    jz .bottom
    push rdi
    dec rdi
    call depth_sum
    pop rdi
    add rax, rdi
    ret
.bottom:
    xor eax, eax
    ret

main:
    push rbp
    mov rbp, rsp
    sub rsp, FRAME          ; stays 16-byte aligned
    ; touch from the top of the frame down, as a growing stack is touched
    mov rcx, FRAME / PAGE
.touch:
    dec rcx
    mov rdx, rcx
    shl rdx, 12
    mov [rsp + rdx], rcx
    test rcx, rcx
    jnz .touch
    xor eax, eax
    xor ecx, ecx
.sum:
    mov rdx, rcx
    shl rdx, 12
    add rax, [rsp + rdx]
    inc rcx
    cmp rcx, FRAME / PAGE
    jb .sum
    lea rdi, [rel array_fmt]
    mov rsi, rcx
    mov rdx, rax
    xor eax, eax
    call printf wrt ..plt
    add rsp, FRAME

    mov edi, DEPTH
    call depth_sum
    lea rdi, [rel depth_fmt]
    mov esi, DEPTH
    mov rdx, rax
    xor eax, eax
    call printf wrt ..plt

    xor eax, eax
    leave
    ret
