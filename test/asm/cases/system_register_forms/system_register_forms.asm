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
