section .data
    dq 1.5 2
