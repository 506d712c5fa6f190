section .text
top:
        jo top
        jno top
        jb top
        jc top
        jnae top
        jae top
        jnb top
        jnc top
        je top
        jz top
        jne top
        jnz top
        jbe top
        jna top
        ja top
        jnbe top
        js top
        jns top
        jp top
        jpe top
        jnp top
        jpo top
        jl top
        jnge top
        jge top
        jnl top
        jle top
        jng top
        jg top
        jnle top
        jg bottom
        times 130 nop
bottom:
        jl top
        ret
