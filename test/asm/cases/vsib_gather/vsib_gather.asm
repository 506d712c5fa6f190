; AVX2 gathers: the vector register in the address is always the index (VSIB), with or without
; a base, scaled or not; without a base the address carries a 32-bit displacement.
bits 64
default rel

section .text
    vgatherdpd xmm0, [rcx + xmm2], xmm3
    vgatherdpd ymm0, [rcx + xmm2*8 + 16], ymm3
    vgatherqpd ymm1, [rsi + ymm4*4], ymm5
    vpgatherdd xmm6, [rdi + xmm7*4 - 8], xmm8
    vpgatherqq ymm9, [r12 + ymm10*8], ymm11
    vgatherdps xmm0, [xmm2], xmm3
    vgatherdps ymm0, [ymm2*2], ymm3
    vgatherdps ymm0, [ymm2*4 + 64], ymm3
    vpgatherdd xmm1, [xmm14 + 0], xmm2
    vgatherqps xmm1, [ymm15*8 + 0x1000], xmm2
