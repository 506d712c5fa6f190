; movd with a quadword memory operand and an MMX register: movd's opcode with REX.W, as nasm
; writes it, next to the dword form and movq (a different opcode) on the same addresses.
section .text
    movd dword [rax], mm1
    movd qword [rax], mm1
    movq qword [rax], mm1
    movd mm2, dword [rsi + 8]
    movd mm2, qword [rsi + 8]
    movq mm2, qword [rsi + 8]
    movd r8, mm3
    ret
