DEFAULT REL
section .rodata
one     dq 1.0
two     dq 2.0
section .text
        movsd xmm0, [one]
        movsd xmm1, [two]
        addsd xmm0, xmm1
        subsd xmm0, [one]
        mulsd xmm0, xmm1
        divsd xmm0, xmm1
        sqrtsd xmm2, xmm0
        minsd xmm3, xmm2
        maxsd xmm3, xmm8
        cvtsi2sd xmm0, eax
        cvtsi2sd xmm0, rax
        cvttsd2si eax, xmm0
        cvttsd2si rax, xmm0
        cvtsd2si rcx, xmm1
        cvtsd2ss xmm4, xmm0
        cvtss2sd xmm5, xmm4
        ucomisd xmm0, xmm1
        comisd xmm0, [two]
        movq rax, xmm0
        movq xmm9, rcx
        movapd xmm10, xmm11
        xorpd xmm0, xmm0
        andpd xmm1, xmm2
        movsd [rsp + 8], xmm15
        pxor xmm7, xmm7
        ret
