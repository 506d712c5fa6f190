BITS 64
DEFAULT REL
extern printf
global main
section .rodata
fmt     db "%d %ld %x %s %c", 10, 0
wordstr db "word", 0
section .text
main:
        push rbp
        mov rbp, rsp
        lea rdi, [fmt]
        mov esi, -42
        mov rdx, 1234567890123
        mov ecx, 0xbeef
        lea r8, [wordstr]
        mov r9d, 'Z'
        xor eax, eax
        call printf wrt ..plt
        xor eax, eax
        pop rbp
        ret
