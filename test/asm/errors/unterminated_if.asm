%if 1
section .text
        ret
