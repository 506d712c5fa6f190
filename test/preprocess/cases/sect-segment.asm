segment .data
db 1
__SECT__
section .text
__SECT__
