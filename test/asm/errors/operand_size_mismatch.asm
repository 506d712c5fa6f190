section .text
        mov byte [rax], bx
