section .text
func:
.a:     nop
section .data
.b:     db 1
section .text
.c:     jmp .a
        jmp func.b
other:
.a:     jmp func.c
        ret
