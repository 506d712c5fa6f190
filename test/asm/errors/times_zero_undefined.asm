section .data
    db 1
    times 0 dd missing + 4
