section .text
        mov al, 300
