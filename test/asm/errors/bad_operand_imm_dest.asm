section .text
        mov 5, rax
