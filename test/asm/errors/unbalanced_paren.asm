section .data
        dd (1 + 2
