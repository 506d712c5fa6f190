section .mytext progbits alloc exec nowrite align=16
        ret
section .mydata progbits alloc write align=8
        dq 1
section .myro progbits alloc noexec nowrite align=4
        db 1, 2, 3
section .mybss nobits alloc write align=32
        resb 64
section .comment progbits noalloc
        db "note", 0
section .data align=64
        db 9
segment .rodata
        db 8
