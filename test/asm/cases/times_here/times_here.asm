; In a `times` line `$` is where the line starts, in every copy, as nasm reads it.
section .data
lbl:    dd 0
        times 3 db $ - $$
        times 2 dw $ - $$, $ - $$
        times 3 dd $
        times 2 dq $ - lbl
section .text
        times 3 jmp $
        times 2 call $
        times 2 mov eax, $ - $$
        times 2 jmp short $ + 2
        times 2 jmp forward
forward:
        ret
