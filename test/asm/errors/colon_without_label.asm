section .text
: nop
