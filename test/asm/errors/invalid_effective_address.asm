section .text
        mov rax, [rax*3 + rbx*2]
