; Helpers for two_files.asm: a table in .data, its size, and functions over it.
BITS 64
DEFAULT REL

extern report
global sum_table, table_size, scale_all

section .rodata
scaled_name db "scaled sum", 0

section .data
table_size dd 6
table      dq 1, 1, 2, 3, 5, 8

section .text
; sum_table(): the sum of the table
sum_table:
    xor eax, eax
    xor ecx, ecx
    lea rdx, [rel table]
.next:
    add rax, [rdx + rcx*8]
    inc ecx
    cmp ecx, [rel table_size]
    jb .next
    ret

; scale_all(factor): multiplies every entry, then reports the new sum through main's report
scale_all:
    sub rsp, 8
    lea rdx, [rel table]
    xor ecx, ecx
.next:
    mov rax, [rdx + rcx*8]
    imul rax, rdi
    mov [rdx + rcx*8], rax
    inc ecx
    cmp ecx, [rel table_size]
    jb .next
    call sum_table
    lea rdi, [rel scaled_name]
    mov rsi, rax
    call report
    add rsp, 8
    ret
