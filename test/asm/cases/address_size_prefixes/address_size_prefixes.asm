; Address- and operand-size prefixes written as words, and 32-bit addresses: nasm's moffs form
; for the accumulator, zero-extended relocations (R_X86_64_32), and 66h before 67h.
bits 64

section .data
table:  dd 1, 2, 3, 4

section .text
    a32 mov eax, [table]
    a32 mov [table], al
    a32 mov ax, [table + 4]
    a32 mov rax, [table]
    a32 add ecx, [table + 8]
    asp mov eax, [0x10]
    asp mov edx, [ebx]
    mov eax, [ebx + table]
    lea esi, [ecx*4 + table]
    mov eax, [a32 table + 12]
    a32 lodsb
    osp paddb xmm0, xmm1
    osp rdfsbase eax
    osp rdgsbase rax
    o16 lodsb
    o16 paddb xmm2, xmm3
    osp movsd xmm0, xmm1
    osp asp lodsb
    o16 add ax, bx
