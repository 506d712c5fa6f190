BITS 64
DEFAULT REL
extern puts
global main
%macro print 1
        lea rdi, [%1]
        call puts wrt ..plt
%endmacro
%define COUNT 3
section .rodata
line    db "line", 0
last    db "done", 0
section .text
main:
        push rbx
        mov ebx, COUNT
.again:
        print line
        dec ebx
        jnz .again
        print last
        pop rbx
        mov eax, COUNT
        ret
