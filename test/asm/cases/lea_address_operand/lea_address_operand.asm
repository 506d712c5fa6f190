; lea given an address without brackets reads it as the memory reference nasm makes of it.
bits 64
section .text
        lea rax, 5
        lea ecx, target
        lea rdx, target + 8
        lea rdi, [target]
target: ret
