bits 64
section .text
    a32 mov eax, [rbx + 8]
