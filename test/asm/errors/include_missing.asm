%include "no-such-file.inc"
section .text
        ret
