section .text
    mov fs, dword [rsi]
