section .data
target  db 0
p64     dq target
p64b    dq target + 8
p32     dd target
p_text  dq code
p_ext   dq external
p_ext32 dd external + 4
section .text
code:
        mov eax, target
        mov rax, target
        mov ecx, [target]
        ret
extern external
