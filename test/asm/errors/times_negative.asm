section .data
        times -1 db 0
