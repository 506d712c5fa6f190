bits 64
section .text
    bt rbx, byte [r9]
