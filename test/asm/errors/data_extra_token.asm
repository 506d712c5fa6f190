section .data
    db 1 2 3
