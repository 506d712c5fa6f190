section .text
        and rax, 0xff
        or ecx, 0x80000000
        xor eax, eax
        xor r9, r9
        not rdx
        shl rax, 1
        shl rax, 4
        shr ecx, cl
        sar rdx, 63
        rol eax, 8
        ror rbx, 3
        shld rax, rbx, 4
        shrd eax, edx, cl
        bt eax, 3
        bts rax, rcx
        bsf rax, rbx
        bsr ecx, edx
        popcnt rax, rbx
        lzcnt eax, ecx
        bswap rax
        ret
