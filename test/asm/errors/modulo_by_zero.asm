N equ 0
section .data
        dd 10 % N
