%include "defs.inc"
section .data
        dd ANSWER
        db GREETING, 0
section .text
        INC_MACRO rax
        ret
