; String functions on stack and .bss buffers: strlen, strcpy, strcat, strncmp, strchr,
; memcpy, memset.
BITS 64
DEFAULT REL

extern printf, strlen, strcpy, strcat, strncmp, strchr, memcpy, memset
global main

section .rodata
hello     db "Hello", 0
comma     db ", ", 0
world     db "world", 0
len_fmt   db "strlen(", 34, "%s", 34, ") = %lu", 10, 0
cat_fmt   db "joined: [%s]", 10, 0
chr_fmt   db "strchr(..., 'w') -> [%s] at offset %ld", 10, 0
nochr_fmt db "strchr(..., 'z') -> NULL", 10, 0
ncmp_fmt  db "strncmp 3: %d, strncmp 4 sign: %d", 10, 0
mem_fmt   db "memset+memcpy: [%s]", 10, 0
abcd      db "abcd", 0
abce      db "abcz", 0

section .bss
buffer resb 64

section .text
main:
    push rbx
    push r12
    sub rsp, 40             ; 32 bytes of scratch at rsp, rsp stays 16-byte aligned

    ; strlen of a constant and of the empty tail of one
    lea rdi, [rel hello]
    call strlen wrt ..plt
    lea rdi, [rel len_fmt]
    lea rsi, [rel hello]
    mov rdx, rax
    xor eax, eax
    call printf wrt ..plt

    ; build "Hello, world" in .bss
    lea rdi, [rel buffer]
    lea rsi, [rel hello]
    call strcpy wrt ..plt
    mov rdi, rax            ; strcpy returns its destination
    lea rsi, [rel comma]
    call strcat wrt ..plt
    mov rdi, rax
    lea rsi, [rel world]
    call strcat wrt ..plt
    lea rdi, [rel cat_fmt]
    mov rsi, rax
    xor eax, eax
    call printf wrt ..plt

    lea rdi, [rel buffer]
    call strlen wrt ..plt
    lea rdi, [rel len_fmt]
    lea rsi, [rel buffer]
    mov rdx, rax
    xor eax, eax
    call printf wrt ..plt

    ; strchr: found, then not found
    lea rdi, [rel buffer]
    mov esi, 'w'
    call strchr wrt ..plt
    lea rdi, [rel chr_fmt]
    mov rsi, rax
    lea rdx, [rel buffer]
    neg rdx
    add rdx, rax
    xor eax, eax
    call printf wrt ..plt
    lea rdi, [rel buffer]
    mov esi, 'z'
    call strchr wrt ..plt
    test rax, rax
    jnz .skip_null
    lea rdi, [rel nochr_fmt]
    xor eax, eax
    call printf wrt ..plt
.skip_null:

    ; strncmp: equal in the first 3 bytes, different in the 4th
    lea rdi, [rel abcd]
    lea rsi, [rel abce]
    mov edx, 3
    call strncmp wrt ..plt
    mov ebx, eax
    lea rdi, [rel abcd]
    lea rsi, [rel abce]
    mov edx, 4
    call strncmp wrt ..plt
    ; print only the sign of the second result
    xor edx, edx
    test eax, eax
    setg dl
    sar eax, 31
    or edx, eax
    lea rdi, [rel ncmp_fmt]
    mov esi, ebx
    xor eax, eax
    call printf wrt ..plt

    ; memset a stack buffer with '-', copy "world" into its middle, terminate it
    mov rdi, rsp
    mov esi, '-'
    mov edx, 15
    call memset wrt ..plt
    mov byte [rsp + 15], 0
    lea rdi, [rsp + 5]
    lea rsi, [rel world]
    mov edx, 5
    call memcpy wrt ..plt
    lea rdi, [rel mem_fmt]
    mov rsi, rsp
    xor eax, eax
    call printf wrt ..plt

    xor eax, eax
    add rsp, 40
    pop r12
    pop rbx
    ret
