%error stop here
section .text
        ret
