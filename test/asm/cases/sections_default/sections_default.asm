section .text
        ret
section .data
d       dd 1
section .rodata
r       db "ro", 0
section .bss
b       resq 4
section .text
        nop
section .data
        dd 2
