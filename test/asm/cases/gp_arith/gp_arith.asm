section .text
        add rax, rbx
        add eax, 1
        add rax, 1000
        add al, 5
        add ax, 300
        sub rsp, 8
        sub rsp, 128
        adc rdx, 0
        sbb ecx, ecx
        imul rax, rbx
        imul eax, ecx, 10
        imul rax, [rdi], 1000
        mul rcx
        div rcx
        idiv qword [rsi]
        neg rax
        inc r15
        dec r8d
        cmp rax, -1
        cmp eax, 0x7fffffff
        test rdi, rdi
        test al, 1
        cqo
        cdq
        cdqe
        xchg rax, rbx
        ret
