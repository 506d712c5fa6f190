BITS 64
DEFAULT REL
extern strlen, puts, strcpy, strcat
global main
section .rodata
s1      db "concat", 0
s2      db "enated", 0
section .bss
buf     resb 64
section .text
main:
        push rbx
        lea rdi, [buf]
        lea rsi, [s1]
        call strcpy wrt ..plt
        lea rdi, [buf]
        lea rsi, [s2]
        call strcat wrt ..plt
        lea rdi, [buf]
        call puts wrt ..plt
        lea rdi, [buf]
        call strlen wrt ..plt
        pop rbx
        ret                     ; exit code = length 12
