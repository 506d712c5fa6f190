section .data
bytes   db 0, 1, 127, 128, 255, -1, -128
chars   db 'a', 'b', "c", 10, 13
mixed   db 'hello', 0, "world", 10, 0
expr    db 3*4, 100/7, 1+2+3
nolabel db 0x7f
