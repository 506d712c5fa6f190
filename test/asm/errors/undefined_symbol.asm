section .text
        mov rax, [rel nowhere]
        ret
