section .text
        push eax
