; Prints 5, 4, 3, 2, 1, sleeping two ticks after each line like a task waiting for I/O.
        PUSH 5
        STORE 0             ; memory[0] = counter
loop:   LOAD 0
        PRINT
        SLEEP 2
        LOAD 0
        SUB                 ; counter - 1
        DUP
        STORE 0
        JNZ loop
        HALT
