extern n
section .bss
        resb n
