; A singly linked list on the heap: nodes of { long value; node *next } from malloc,
; built by prepending, printed, reversed in place, printed again, summed, then freed.
BITS 64
DEFAULT REL

extern printf, malloc, free, puts
global main

NODE_VALUE equ 0
NODE_NEXT  equ 8
NODE_SIZE  equ 16

section .rodata
item_fmt  db "%ld -> ", 0
end_msg   db "NULL", 0
sum_fmt   db "sum=%ld freed=%d", 10, 0

section .text
; print_list(head)
print_list:
    push rbx
    mov rbx, rdi
.next:
    test rbx, rbx
    jz .end
    lea rdi, [rel item_fmt]
    mov rsi, [rbx + NODE_VALUE]
    xor eax, eax
    call printf wrt ..plt
    mov rbx, [rbx + NODE_NEXT]
    jmp .next
.end:
    lea rdi, [rel end_msg]
    call puts wrt ..plt
    pop rbx
    ret

main:
    push rbx                ; head
    push r12
    push r13

    xor ebx, ebx
    mov r12d, 1
.build:
    mov edi, NODE_SIZE
    call malloc wrt ..plt
    mov rcx, r12
    imul rcx, r12
    imul rcx, r12           ; value = i^3
    mov [rax + NODE_VALUE], rcx
    mov [rax + NODE_NEXT], rbx
    mov rbx, rax
    inc r12d
    cmp r12d, 10
    jbe .build

    mov rdi, rbx
    call print_list

    ; reverse: prev = NULL; while (cur) { next = cur->next; cur->next = prev; prev = cur; cur = next; }
    xor eax, eax
    mov rcx, rbx
.reverse:
    test rcx, rcx
    jz .reversed
    mov rdx, [rcx + NODE_NEXT]
    mov [rcx + NODE_NEXT], rax
    mov rax, rcx
    mov rcx, rdx
    jmp .reverse
.reversed:
    mov rbx, rax
    mov rdi, rbx
    call print_list

    ; sum and free
    xor r12d, r12d          ; sum
    xor r13d, r13d          ; nodes freed
.release:
    test rbx, rbx
    jz .released
    add r12, [rbx + NODE_VALUE]
    mov rdi, rbx
    mov rbx, [rbx + NODE_NEXT]   ; read next before the node is freed
    call free wrt ..plt
    inc r13d
    jmp .release
.released:
    lea rdi, [rel sum_fmt]
    mov rsi, r12
    mov edx, r13d
    xor eax, eax
    call printf wrt ..plt

    xor eax, eax
    pop r13
    pop r12
    pop rbx
    ret
