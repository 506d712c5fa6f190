section .data
    dq (1.5)
