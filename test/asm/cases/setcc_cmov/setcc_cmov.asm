section .text
        cmp rdi, rsi
        sete al
        setne cl
        setl dl
        setg r8b
        setbe byte [rdi]
        cmovl rax, rbx
        cmovge ecx, edx
        cmovz rax, [rsi]
        cmove r9, r10
        nop
        int3
        hlt
        ud2
        pause
        cpuid
        rdtsc
        syscall
        ret
