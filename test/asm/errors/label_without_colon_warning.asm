section .text
looptop
        ret
