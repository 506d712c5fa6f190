section .text
        times 4 nop
        times 2-($-$$) db 0
