; sprintf and snprintf into a .bss buffer (snprintf truncates but returns the full length),
; then strtol with bases 10, 16 and 0 and the end pointer it leaves.
BITS 64
DEFAULT REL

extern sprintf, snprintf, strtol, printf
global main

section .rodata
build_fmt  db "%s-%04d-%x", 0
part       db "item", 0
show_fmt   db "sprintf -> %d [%s]", 10, 0
snp_fmt    db "snprintf(size 8) -> %d [%s]", 10, 0
strtol_fmt db "strtol(", 34, "%s", 34, ", %d) = %ld, stopped at [%s]", 10, 0
n1         db "  -1234xyz", 0
n2         db "ff", 0
n3         db "0x1F rest", 0
n4         db "0755", 0
n5         db "junk", 0
n6         db "9223372036854775808", 0

section .data
; string, base
cases dq n1, 10,  n2, 16,  n3, 0,  n4, 0,  n5, 10,  n6, 10
cases_end:

section .bss
buffer resb 64
endptr resq 1

section .text
main:
    push rbx
    push r12
    push r13

    lea rdi, [rel buffer]
    lea rsi, [rel build_fmt]
    lea rdx, [rel part]
    mov ecx, 42
    mov r8d, 0xbeef
    xor eax, eax
    call sprintf wrt ..plt
    lea rdi, [rel show_fmt]
    mov esi, eax
    lea rdx, [rel buffer]
    xor eax, eax
    call printf wrt ..plt

    lea rdi, [rel buffer]
    mov esi, 8
    lea rdx, [rel build_fmt]
    lea rcx, [rel part]
    mov r8d, 7
    mov r9d, 0xabcdef
    xor eax, eax
    call snprintf wrt ..plt
    lea rdi, [rel snp_fmt]
    mov esi, eax
    lea rdx, [rel buffer]
    xor eax, eax
    call printf wrt ..plt

    lea rbx, [rel cases]
.next:
    mov rdi, [rbx]
    lea rsi, [rel endptr]
    mov edx, [rbx + 8]
    call strtol wrt ..plt
    lea rdi, [rel strtol_fmt]
    mov rsi, [rbx]
    mov edx, [rbx + 8]
    mov rcx, rax
    mov r8, [rel endptr]
    xor eax, eax
    call printf wrt ..plt
    add rbx, 16
    lea rax, [rel cases_end]
    cmp rbx, rax
    jb .next

    xor eax, eax
    pop r13
    pop r12
    pop rbx
    ret
