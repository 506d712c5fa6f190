; Bubble sort of sixteen signed dwords in .data; prints the array before and after.
BITS 64
DEFAULT REL

extern printf, putchar
global main

section .rodata
item_fmt   db " %d", 0
before_msg db "before:", 0
after_msg  db "after: ", 0
swaps_fmt  db "swaps: %d", 10, 0

section .data
numbers dd 42, -7, 19, 0, 1000, -300, 5, 5, 88, 13, -1, 64, 2147483647, -2147483648, 3, 21
COUNT equ ($ - numbers) / 4

section .text
; print_array(label)
print_array:
    push rbx
    push r12
    sub rsp, 8
    xor eax, eax
    call printf wrt ..plt
    xor ebx, ebx
.item:
    lea rdi, [rel item_fmt]
    lea rax, [rel numbers]
    mov esi, [rax + rbx*4]
    xor eax, eax
    call printf wrt ..plt
    inc ebx
    cmp ebx, COUNT
    jb .item
    mov edi, 10
    call putchar wrt ..plt
    add rsp, 8
    pop r12
    pop rbx
    ret

main:
    push rbx
    lea rdi, [rel before_msg]
    call print_array

    lea r8, [rel numbers]
    xor r9d, r9d            ; swap count
    mov ecx, COUNT - 1      ; passes left
.pass:
    xor edx, edx
    xor r10d, r10d          ; swapped in this pass
.compare:
    mov eax, [r8 + rdx*4]
    mov r11d, [r8 + rdx*4 + 4]
    cmp eax, r11d
    jle .in_order
    mov [r8 + rdx*4], r11d
    mov [r8 + rdx*4 + 4], eax
    inc r9d
    mov r10d, 1
.in_order:
    inc edx
    cmp edx, ecx
    jb .compare
    test r10d, r10d
    jz .sorted
    dec ecx
    jnz .pass
.sorted:
    mov ebx, r9d

    lea rdi, [rel after_msg]
    call print_array
    lea rdi, [rel swaps_fmt]
    mov esi, ebx
    xor eax, eax
    call printf wrt ..plt
    xor eax, eax
    pop rbx
    ret
