bits 64
section .text
    cmovne rbx, byte [rcx]
