section .data
    dd 1.5+1
