global exported, func:function, obj:data
extern imported, other
common shared_buf 64:16
common counter 8
section .data
obj:    dq imported
exported: dd 1
section .text
func:
        mov rax, [rel imported]
        call other wrt ..plt
        mov rcx, [rel shared_buf wrt ..got]
        ret
