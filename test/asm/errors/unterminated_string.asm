section .data
msg     db "hello, 0
