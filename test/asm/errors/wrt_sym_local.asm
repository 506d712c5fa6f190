bits 64
section .data
var dq 0
section .text
    mov rax, var wrt ..sym
