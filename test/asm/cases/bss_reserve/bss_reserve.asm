section .bss
b1      resb 1
w1      resw 1
d1      resd 3
q1      resq 2
big     resb 4096
t1      rest 1
o1      reso 1
section .text
        lea rax, [rel big]
        mov [rel q1], rax
        ret
