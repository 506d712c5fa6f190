section .text
start:
        jmp short faraway
        times 200 nop
faraway: ret
