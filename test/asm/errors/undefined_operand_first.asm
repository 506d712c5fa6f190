section .text
    mov foo, 1
