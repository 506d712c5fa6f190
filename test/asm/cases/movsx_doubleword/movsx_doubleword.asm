; nasm takes movsx from a doubleword into a 64-bit register as movsxd.
bits 64
section .text
    movsx rax, ebx
    movsx r9, r10d
    movsx rsi, dword [r12]
    movsx rdx, dword [rel value]
    movsxd rcx, edi
    movsx rax, word [rbx]
section .data
value dd -5
