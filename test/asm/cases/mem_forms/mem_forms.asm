section .data
arr     times 8 dq 0
section .text
        mov rax, [rbx]
        mov rax, [rbx + 8]
        mov rax, [rbx + rcx]
        mov rax, [rbx + rcx*2]
        mov rax, [rbx + rcx*4 + 16]
        mov rax, [rbx + rcx*8 + 0x1000]
        mov rax, [rcx*8]
        mov rax, [rcx*8 + 64]
        mov rax, [rsp]
        mov rax, [rsp + 8]
        mov rax, [rbp]
        mov rax, [rbp - 8]
        mov rax, [r12]
        mov rax, [r13]
        mov rax, [r13 + r14*2 - 4]
        mov eax, [rdi + rsi]
        mov al, [rsi + rdi - 1]
        lea rax, [rax + rax*2]
        lea rax, [rax*2 + rax]
        lea r8, [r9 + r10*4 + 127]
        lea r8, [r9 + r10*4 + 128]
        mov rax, [rbx + arr]
        mov rax, [arr + rbx*8]
        mov [rdi + 4], eax
        ret
