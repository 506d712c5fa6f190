BITS 64
DEFAULT REL
extern puts
global main
section .data
src     db "copied by rep movsb", 0
srclen  equ $ - src
section .bss
dst     resb 64
section .text
main:
        sub rsp, 8
        lea rsi, [src]
        lea rdi, [dst]
        mov ecx, srclen
        cld
        rep movsb
        lea rdi, [dst]
        call puts wrt ..plt
        ; count bytes up to the terminator with repne scasb
        lea rdi, [dst]
        xor eax, eax
        mov rcx, -1
        repne scasb
        not rcx
        dec rcx
        mov eax, ecx
        add rsp, 8
        ret
