section .text
f1:     ret
        align 16
f2:     mov eax, 1
        ret
        align 8
f3:     ret
        align 32
f4:     ret
section .data
a       db 1
        align 4
b       dd 2
        align 8, db 0
c       dq 3
section .bss
x       resb 1
        alignb 16
y       resq 1
        alignb 8
z       resb 3
