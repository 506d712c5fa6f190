; A section's first declaration shapes it: with attributes written, a known section starts from
; alignment 1 (align= and earlier `align` lines still count); labels in TLS sections are TLS
; symbols; data warns only past what its unit can hold with either sign.
bits 64
        nop
        align 8
section .text exec
global counter, total
section .data write
small:  db -256, 255, -257
        dw -65536, 65536
        dd -4294967296
section .rodata progbits alloc align=16
table:  dq 1, 2
section .tbss nobits alloc write tls
counter: resd 1
section .tdata
total:  dd 7
local_tls: dq 0
section .text
        mov eax, [rel table]
