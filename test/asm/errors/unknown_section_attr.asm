section .text frobnicate
        ret
