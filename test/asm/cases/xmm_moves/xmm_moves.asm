section .text
        movd xmm0, eax
        movd eax, xmm0
        movq xmm1, [rdi]
        movq [rdi], xmm1
        movaps xmm0, [rsi]
        movups [rdi], xmm0
        movdqa xmm2, xmm3
        movdqu xmm4, [rsi]
        paddd xmm0, xmm1
        addps xmm0, xmm1
        addss xmm0, xmm1
        movss xmm0, [rsi]
        cvtsi2ss xmm0, eax
        ret
