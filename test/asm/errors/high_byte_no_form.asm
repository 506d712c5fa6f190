bits 64
section .text
    cmovne r8, ch
