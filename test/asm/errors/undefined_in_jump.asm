section .text
        jmp missing_label
