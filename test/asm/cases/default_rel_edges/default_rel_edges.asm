DEFAULT REL
section .data
var     dq 0
arr     times 4 dq 0
section .text
        mov rax, [var]
        mov rax, [arr + rbx*8]
        mov rax, [rbx + var]
        mov rax, [rel arr + 16]
        mov rax, [abs arr + 16]
        lea rsi, [arr + 24]
        mov [var], al
        cmp qword [var], 0
        ret
