section .bss
        db 1
