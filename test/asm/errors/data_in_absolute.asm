section .bss
buffer: resb 16
absolute buffer
    resb 4
    db 1, ?
