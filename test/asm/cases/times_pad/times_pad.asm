section .text
start:
        mov eax, 1
        ret
        times 64-($-$$) db 0x90
after:
        ret
section .data
tbl     db 1, 2, 3
        times 16-($-tbl) db 0xcc
