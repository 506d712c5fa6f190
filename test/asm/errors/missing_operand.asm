section .text
        mov rax,
