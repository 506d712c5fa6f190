bits 64
section .text
    push dword [rbx]
