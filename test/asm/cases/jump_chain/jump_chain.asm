section .text
start:
        jmp l1
        jmp l2
        jmp l3
        times 120 nop
l1:     nop
        times 5 nop
l2:     nop
        times 5 nop
l3:     nop
        jz start
        jmp start
        je back_far
        times 10 nop
        ret
        times 140 nop
back_far:
        jmp start
        ret
