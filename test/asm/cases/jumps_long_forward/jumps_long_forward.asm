section .text
start:
        jmp far_away
        je far_away
        jz near_target
        times 100 nop
near_target:
        jmp start
        times 200 nop
far_away:
        jmp start
        jne start
        ret
