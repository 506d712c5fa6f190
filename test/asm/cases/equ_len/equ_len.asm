section .rodata
msg     db "Hello, world", 10
len     equ $ - msg
msg2    db "again", 0
len2    equ $-msg2-1
SIZE    equ 16
MASK    equ SIZE-1
COUNT   equ (SIZE*4)/2
section .text
        mov edx, len
        mov ecx, len2
        mov eax, MASK
        mov ebx, COUNT
        and rax, ~MASK
        ret
