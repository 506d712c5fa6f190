; `?` in data: zeroed (with nasm's warning each time it is placed) in a section with contents,
; only reserved in .bss; `rel` on an address through a register is ignored, with nasm's warning.
bits 64
section .data
filled:  db 1, ?, ?
         times 2 dw ?
section .bss
spare:   dq ?, ?
section .text
         mov rax, [rel rbx]
         lea rsi, [rel rdi + 8]
