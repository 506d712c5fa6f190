; printf integer, char and string conversions with flags, width, precision, '*' and length
; modifiers. Each table row is a format and four 64-bit argument values.
BITS 64
DEFAULT REL

extern printf
global main

section .rodata
f00 db "[%5d] [%-5d] [%05d]", 10, 0
f01 db "[%+d] [% d] [%+d]", 10, 0
f02 db "[%x] [%X] [%#x]", 10, 0
f03 db "[%o] [%#o] [%#o]", 10, 0
f04 db "[%u] [%u] [%lu]", 10, 0
f05 db "[%ld] [%lld] [%li]", 10, 0
f06 db "[%hhd] [%hd] [%hhu]", 10, 0
f07 db "[%c%c%c]", 10, 0
f08 db "[%s] [%.3s] [%10.4s]", 10, 0
f09 db "[%-8s] [%8s] [%%]", 10, 0
f10 db "[%*d] [%-*d]", 10, 0
f11 db "[%.*d] [%.0d] [%.5x]", 10, 0
f12 db "[%s] [%p]", 10, 0
f13 db "[%zu] [%jd] [%td]", 10, 0
f14 db "[%#.3o] [%#X] [%-#10x]", 10, 0
f15 db "[%08.3d] [%+05d] [% 05d]", 10, 0
f16 db "[%lx] [%lo] [%llX]", 10, 0
f17 db "[%d] [%i] [%d]", 10, 0

s_hello db "hello", 0
s_longer db "abcdefgh", 0
s_ab    db "ab", 0

section .data
; format, then the values for rsi, rdx, rcx, r8
rows:
    dq f00, 42, 42, 42, 0
    dq f01, 7, 7, -7, 0
    dq f02, 255, 0xdeadbeef, 255, 0
    dq f03, 8, 8, 0, 0
    dq f04, -1, 4000000000, -1, 0
    dq f05, -9000000000, 0x7fffffffffffffff, -1, 0
    dq f06, 300, 70000, 511, 0
    dq f07, 'a', 'b', 'c', 0
    dq f08, s_hello, s_hello, s_longer, 0
    dq f09, s_ab, s_ab, 0, 0
    dq f10, 6, 42, 6, -42
    dq f11, 4, 7, 0, 0xab
    dq f12, 0, 0, 0, 0
    dq f13, -1, -5, -6, 0
    dq f14, 8, 0, 0xff, 0
    dq f15, 7, 7, 7, 0
    dq f16, -1, 0x8000000000000000, 0xabcdef0123, 0
    dq f17, 0x80000000, 0x7fffffff, 0xffffffff, 0
rows_end:

section .text
main:
    push rbx
    lea rbx, [rel rows]
.next:
    mov rdi, [rbx]
    mov rsi, [rbx + 8]
    mov rdx, [rbx + 16]
    mov rcx, [rbx + 24]
    mov r8, [rbx + 32]
    xor eax, eax
    call printf wrt ..plt
    add rbx, 40
    lea rax, [rel rows_end]
    cmp rbx, rax
    jb .next
    xor eax, eax
    pop rbx
    ret
