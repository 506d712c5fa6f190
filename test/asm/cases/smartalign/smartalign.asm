; `%use smartalign`: align pads with long NOPs for the chosen processor family, or jumps over the
; padding when it is longer than the threshold (8 until alignmode sets one; 16 by default there).
%use smartalign
bits 64
section .text
    nop
    align 8                 ; 7 bytes, generic NOPs
    nop
    align 32                ; 31 bytes: a short jump
    alignmode p6
    times 3 nop
    align 16                ; 13 bytes of P6 NOPs
    alignmode nop, 40
    times 5 nop
    align 32                ; 27 one-byte NOPs
    alignmode k8, 10
    times 7 nop
    align 256               ; 249 bytes: a near jump
    inc eax
    align 16, int3          ; a fill is used as written
    alignmode k7
    inc eax
    align 8, nop
section .data
    db 1
    align 16                ; data pads the same way
    db 2
    align 8, db 0xaa
%defstr mode __?ALIGNMODE?__
    db mode, 0
    db __?ALIGN_JMP_THRESHOLD?__
