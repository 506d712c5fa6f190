section .data
msg     db `abc
