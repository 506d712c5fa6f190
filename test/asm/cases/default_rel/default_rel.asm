DEFAULT REL
extern ext_var
section .data
var     dq 5
section .text
        mov rax, [var]
        lea rdi, [var]
        mov [var], rbx
        add qword [var], 2
        mov rcx, [abs var]
        mov rdx, [ext_var]
        ret
