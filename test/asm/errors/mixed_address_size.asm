section .text
        mov rax, [eax + rbx]
