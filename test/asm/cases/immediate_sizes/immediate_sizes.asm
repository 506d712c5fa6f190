section .text
        add rax, 127
        add rax, 128
        add rax, -128
        add rax, -129
        sub ecx, 0xffffff80
        and eax, 0xffffff80
        push 127
        push 128
        push -129
        imul eax, ebx, 127
        imul eax, ebx, 128
        cmp byte [rdi], 200
        cmp word [rdi], 200
        cmp dword [rdi], 200
        mov dword [rdi], -1
        test eax, 0x80
        test rax, -1
        mov ecx, 'abcd'
        mov rax, 'abcdefgh'
        cmp al, 'a'
        add eax, strict dword 1
        add eax, byte 1
        ret
