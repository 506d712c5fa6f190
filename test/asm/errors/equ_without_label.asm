section .data
        equ 5
