extern f
section .text
        jmp short f
