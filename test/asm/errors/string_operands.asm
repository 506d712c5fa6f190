section .text
    movs byte [rdi], [rsi]
