section .text
foo:
        nop
foo:
        ret
