; CPU-bound: counts 200 down to 0 without ever sleeping (602 ticks of CPU).
        PUSH 200
spin:   SUB 1
        DUP
        JNZ spin
        HALT
