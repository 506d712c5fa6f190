; Large allocations: 64 MiB from malloc, filled and summed page by page; many small blocks
; kept alive at once; an impossible size that malloc must refuse with NULL.
BITS 64
DEFAULT REL

extern malloc, free, memset, printf
global main

BIG      equ 64 * 1024 * 1024
PAGE     equ 4096
SMALL_N  equ 10000

section .rodata
big_fmt   db "64 MiB block: %ld pages touched, sum %ld", 10, 0
small_fmt db "%d small blocks, distinct and intact: %s", 10, 0
huge_fmt  db "malloc(1 << 62) = %s", 10, 0
yes       db "yes", 0
no        db "no", 0
null_txt  db "NULL", 0
addr_txt  db "an address", 0
fail_msg  db "malloc(64 MiB) failed", 10, 0

section .bss
blocks resq SMALL_N

section .text
main:
    push rbx
    push r12
    push r13
    push r14
    push r15

    mov edi, BIG
    call malloc wrt ..plt
    test rax, rax
    jz .fail
    mov rbx, rax
    mov rdi, rbx
    mov esi, 1
    mov edx, BIG
    call memset wrt ..plt
    ; write each page's index into its first byte, then sum those bytes
    xor ecx, ecx
.mark:
    mov rdx, rcx
    shl rdx, 12
    mov [rbx + rdx], cl
    inc rcx
    cmp rcx, BIG / PAGE
    jb .mark
    xor eax, eax            ; sum
    xor ecx, ecx
.add:
    mov rdx, rcx
    shl rdx, 12
    movzx r8d, byte [rbx + rdx]
    add rax, r8
    movzx r8d, byte [rbx + rdx + PAGE - 1]   ; memset's 1 at each page's end
    add rax, r8
    inc rcx
    cmp rcx, BIG / PAGE
    jb .add
    mov r12, rax
    lea rdi, [rel big_fmt]
    mov rsi, rcx
    mov rdx, r12
    xor eax, eax
    call printf wrt ..plt
    mov rdi, rbx
    call free wrt ..plt

    ; many small blocks alive together, each tagged with its index
    xor r13d, r13d
    lea r14, [rel blocks]
.alloc:
    mov edi, 24
    call malloc wrt ..plt
    test rax, rax
    jz .fail
    mov [r14 + r13*8], rax
    mov [rax], r13
    mov [rax + 16], r13
    inc r13d
    cmp r13d, SMALL_N
    jb .alloc
    lea r15, [rel yes]
    xor r13d, r13d
.verify:
    mov rax, [r14 + r13*8]
    cmp [rax], r13
    jne .broken
    cmp [rax + 16], r13
    jne .broken
    test r13d, r13d
    jz .next_verify
    mov rdx, [r14 + r13*8 - 8]
    sub rdx, rax            ; neighbours must not overlap
    mov rcx, rdx
    neg rcx
    cmovs rcx, rdx
    cmp rcx, 24
    jae .next_verify
.broken:
    lea r15, [rel no]
.next_verify:
    inc r13d
    cmp r13d, SMALL_N
    jb .verify
    lea rdi, [rel small_fmt]
    mov esi, SMALL_N
    mov rdx, r15
    xor eax, eax
    call printf wrt ..plt
    xor r13d, r13d
.release:
    mov rdi, [r14 + r13*8]
    call free wrt ..plt
    inc r13d
    cmp r13d, SMALL_N
    jb .release

    mov rdi, 1 << 62
    call malloc wrt ..plt
    lea rsi, [rel null_txt]
    lea rdx, [rel addr_txt]
    test rax, rax
    cmovnz rsi, rdx
    lea rdi, [rel huge_fmt]
    xor eax, eax
    call printf wrt ..plt

    xor eax, eax
    jmp .out
.fail:
    lea rdi, [rel fail_msg]
    xor eax, eax
    call printf wrt ..plt
    mov eax, 1
.out:
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    ret
