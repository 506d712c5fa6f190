section .text
first:
        mov ecx, 5
.loop:
        dec ecx
        jnz .loop
        jmp .done
.done:
        ret
second:
        mov ecx, 3
.loop:
        dec ecx
        jnz .loop
        jmp first.done
.done:
        ret
