section .text
top:
        jmp top
        jmp fwd
        nop
fwd:
        je top
        jne fwd2
        call top
        jmp rax
        jmp [rax]
        call rbx
        call [rel fnptr]
fwd2:
        loop top
        jrcxz top
        ret
section .data
fnptr   dq top
