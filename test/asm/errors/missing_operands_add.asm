section .text
        add
