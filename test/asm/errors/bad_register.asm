section .text
        mov rax, [rbx + rsp*2]
