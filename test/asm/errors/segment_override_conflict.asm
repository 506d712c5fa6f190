bits 64
section .text
    fs mov eax, [gs:rbx]
