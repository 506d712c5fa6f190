absolute undefined_later+2
x: resb 1
section .text
undefined_later:
mov eax, x
