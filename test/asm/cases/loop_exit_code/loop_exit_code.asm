BITS 64
global main
section .text
main:
        xor eax, eax
        mov ecx, 10
.loop:
        add eax, ecx
        dec ecx
        jnz .loop
        ret                     ; exit code 55
