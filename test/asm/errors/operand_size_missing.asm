section .text
        inc [rax]
