section .text
    nop
    align 3
