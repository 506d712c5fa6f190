; Register sources nasm takes at any width: the byte or word inserted by pinsrb/pinsrw, and the
; selector lar and lsl read, whatever the destination's width.
section .text
    pinsrw mm1, si, 2
    pinsrw xmm1, r9w, 3
    pinsrb xmm2, sil, 1
    pinsrb xmm3, al, 15
    vpinsrw xmm0, xmm1, bx, 0
    vpinsrb xmm0, xmm1, r10b, 7
    pinsrd xmm4, esi, 1
    lar eax, bx
    lar rax, bx
    lar rax, rbx
    lar ecx, word [rsi]
    lsl eax, dx
    lsl rax, r8w
    lsl rdx, rcx
    lsl eax, word [rdi + 4]
    ret
