bits 64
section .text
    add eax, 1
    into
