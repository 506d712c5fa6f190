section .data
zeros   times 5 db 0
pairs   times 3 dw 1, 2
quads   times 2 dq -1
strs    times 2 db 'ab'
nested  times 2 times 2 db 7
section .text
        times 3 nop
        ret
