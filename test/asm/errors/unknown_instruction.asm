section .text
        movx rax, 1
