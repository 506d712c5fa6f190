; Prints and flushes one line, then loops forever. Natively this never ends: the expected
; status 124 is what timeout(1) reports after 1 second, matching run-asm --timeout 1.
BITS 64
DEFAULT REL

extern puts, fflush, stdout
global main

section .rodata
msg db "spinning", 0

section .text
main:
    sub rsp, 8
    lea rdi, [rel msg]
    call puts wrt ..plt
    mov rax, [rel stdout wrt ..got]
    mov rdi, [rax]
    call fflush wrt ..plt
    xor ecx, ecx
.spin:
    inc rcx
    jmp .spin
