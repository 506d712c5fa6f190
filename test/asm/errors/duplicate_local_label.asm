section .text
f:
.x:     nop
.x:     ret
