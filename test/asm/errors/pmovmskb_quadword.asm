bits 64
section .text
    pmovmskb rax, xmm1
