; glibc's rand(): the sequence without srand (seed 1), after srand(42), and after srand(1)
; again, which must repeat the first.
BITS 64
DEFAULT REL

extern rand, srand, printf, putchar
global main

section .rodata
label_fmt db "%s:", 0
num_fmt   db " %d", 0
unseeded  db "unseeded", 0
seed42    db "srand(42)", 0
seed1     db "srand(1)", 0

section .text
; print_five(label): label then five rand() values on one line
print_five:
    push rbx
    mov rsi, rdi
    lea rdi, [rel label_fmt]
    xor eax, eax
    call printf wrt ..plt
    mov ebx, 5
.next:
    call rand wrt ..plt
    lea rdi, [rel num_fmt]
    mov esi, eax
    xor eax, eax
    call printf wrt ..plt
    dec ebx
    jnz .next
    mov edi, 10
    call putchar wrt ..plt
    pop rbx
    ret

main:
    sub rsp, 8
    lea rdi, [rel unseeded]
    call print_five
    mov edi, 42
    call srand wrt ..plt
    lea rdi, [rel seed42]
    call print_five
    mov edi, 1
    call srand wrt ..plt
    lea rdi, [rel seed1]
    call print_five
    xor eax, eax
    add rsp, 8
    ret
