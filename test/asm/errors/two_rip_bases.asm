section .text
        mov rax, [rax + rbx + rcx]
