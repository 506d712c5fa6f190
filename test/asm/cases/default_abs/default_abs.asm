DEFAULT ABS
extern ext_var
section .data
var     dq 5
section .text
        mov rax, [var]
        mov [var], rbx
        mov rcx, [rel var]
        lea rdi, [var]
        mov edx, var
        mov rsi, var
        mov rdx, [ext_var]
        ret
