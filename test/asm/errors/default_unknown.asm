default absolute
section .text
    ret
