; nasm's integer logarithms in assembler expressions: exact, warning, floor and ceiling forms,
; spelled both ways, in data and in immediates.
%use ifunc
section .data
exact:   db ilog2(1), ilog2(0x80), ilog2e(0x100000000), __?ilog2e?__(4096)
floors:  db ilog2f(5), ilog2f(1023), __ilog2f__(0)
ceils:   db ilog2c(5), ilog2c(1024), ilog2c(1025)
warned:  db ilog2w(6)
size     equ 64
shift    equ ilog2(size)
section .text
    mov eax, ilog2(4096)
    shl rdx, shift
    mov ecx, ilog2c(size + 1)
