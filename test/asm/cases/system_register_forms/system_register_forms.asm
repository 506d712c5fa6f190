; Instructions whose register operand is in ModRM's r/m field or only names the address size, and
; loops that name their counter register; a 32-bit register asks for 32-bit addressing (67h).
bits 64
section .text
top:
    rdpid rax
    rdpid r9
    rdpid eax
    umonitor rax
    umonitor ecx
    umonitor r9d
    clzero rax
    clzero eax
    invlpga rax, ecx
    invlpga eax, ecx
    loop top, rcx
    loop top, ecx
    loope top, ecx
    loopnz top, ecx
    jecxz top
    jrcxz top
    movdir64b rax, [rdi]
    movdir64b eax, [edi]
    movdir64b eax, [rdi]
    movdir64b r8, [r9 + 4]
    movdir64b ecx, [r9d + eax*2]
    movdir64b rcx, [rel top]
    movdir64b r15, [r12 + rax*8 + 0x1000]
