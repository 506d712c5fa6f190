section .data
        db 256
