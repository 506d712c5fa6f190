section .text
        mov eax, 1.5
