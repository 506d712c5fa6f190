section .text
        mov eax, 1
        mov rax, 1
        mov rax, -1
        mov rax, 0x7fffffff
        mov rax, 0x80000000
        mov rax, 0x123456789abcdef0
        mov al, 0xff
        mov ax, 0xffff
        mov r8b, 1
        mov r10w, 2
        mov r11d, 3
        mov spl, 4
        mov sil, dil
        mov byte [rax], -1
        mov qword [rax], -1
        mov rcx, rdx
        mov ecx, edx
        mov cx, dx
        mov cl, dl
        mov ah, bh
        movzx ecx, al
        movzx rcx, ax
        movsx ecx, al
        movsxd rcx, edx
        ret
