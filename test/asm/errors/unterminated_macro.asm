%macro foo 0
        nop
