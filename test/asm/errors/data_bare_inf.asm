section .data
    dq inf
