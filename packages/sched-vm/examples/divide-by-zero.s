; Faults on its third instruction; the other tasks carry on.
        PUSH 7
        PUSH 0
        DIVS
        PRINT
        HALT
