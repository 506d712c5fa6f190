DEFAULT REL
extern puts, printf, exit
global main
section .rodata
msg     db "hi", 0
section .text
main:
        push rbx
        lea rdi, [msg]
        call puts wrt ..plt
        lea rdi, [msg]
        xor eax, eax
        call printf wrt ..plt
        call local_fn
        xor edi, edi
        call exit wrt ..plt
local_fn:
        ret
        jmp puts wrt ..plt
