section .data
        dw 0x12345
