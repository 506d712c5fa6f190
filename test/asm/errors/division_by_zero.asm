section .data
        dd 10 / 0
