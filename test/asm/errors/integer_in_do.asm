bits 64
section .data
    do 0
