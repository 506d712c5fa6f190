; Scalar conversions from memory: an unsized source takes the size nasm gives it, and the AVX
; forms are VEX-encoded as nasm encodes them (no AVX-512 needed).
section .text
    cvtsi2sd xmm0, [rdi]
    cvtsi2ss xmm1, [rdi + 8]
    cvtsi2sd xmm2, qword [rsi]
    vcvtsi2sd xmm0, xmm1, [rdi]
    vcvtsi2ss xmm0, [rdi]
    vcvtsd2ss xmm0, xmm1, [rdi]
    vcvtss2sd xmm0, [rdi]
    vcvtsd2si eax, [rdi]
    vcvtsd2si rax, qword [rsp + 16]
    vcvtss2si ecx, dword [rdi + rbx*4 + 200]
    vcvttsd2si eax, [rdi]
    vcvttss2si r9, [rdi]
    ret
