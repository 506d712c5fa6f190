section .text
f:
        push rbp
        mov rbp, rsp
        push rbx
        push r12
        push r15
        push 1
        push 1000
        push -1
        pop rax
        pop rax
        pop rax
        pop r15
        pop r12
        pop rbx
        leave
        ret
g:
        enter 16, 0
        pushfq
        popfq
        leave
        ret 8
