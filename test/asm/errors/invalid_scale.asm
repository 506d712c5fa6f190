section .text
        mov rax, [rbx*16]
