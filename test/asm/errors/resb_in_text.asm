section .text
        resb 4
        ret
