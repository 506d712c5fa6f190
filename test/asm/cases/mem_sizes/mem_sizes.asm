section .bss
buf     resb 64
section .text
        mov byte [rdi], 1
        mov word [rdi], 2
        mov dword [rdi], 3
        mov qword [rdi], 4
        inc byte [rdi]
        dec word [rdi + 2]
        neg dword [rdi + 4]
        not qword [rdi + 8]
        add byte [rel buf], 5
        cmp qword [rel buf + 8], -1
        movzx eax, byte [rsi]
        movzx eax, word [rsi]
        movsx rax, byte [rsi]
        movsx rax, word [rsi]
        movsxd rax, dword [rsi]
        push qword [rsi]
        pop qword [rdi]
        ret
