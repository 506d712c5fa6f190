BITS 64
[BITS 64]
[section .text]
[default rel]
        mov rax, [rel x]
        ret
[section .data]
x       dq 1
