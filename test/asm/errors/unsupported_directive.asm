section .text
        org 0x100
