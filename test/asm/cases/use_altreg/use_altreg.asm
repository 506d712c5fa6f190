; `%use altreg`: numbered names for every general register, in any case.
%use altreg
section .text
    mov r0, r1              ; rax, rcx
    mov R2D, r3d            ; edx, ebx
    mov r4w, r5w            ; sp, bp
    mov r6b, r7l            ; sil, dil
    mov r8l, r0l            ; r8b, al
    mov r0h, r3h            ; ah, bh
    add r15l, r9l
    lea r7, [r6 + r1*8 + 16]
