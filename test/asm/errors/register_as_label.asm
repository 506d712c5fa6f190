bits 64
section .text
rax:
    ret
