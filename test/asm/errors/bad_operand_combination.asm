section .text
        mov rax, bl
