section .text
        mov rax, 1, 2
