bits 64
section .text
    movzx eax, [rbx]
