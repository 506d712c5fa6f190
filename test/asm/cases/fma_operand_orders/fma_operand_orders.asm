; The FMA operand orders nasm takes besides 132, 213 and 231: 123 is 213, 312 is 132, 321 is 231.
bits 64
section .text
    vfmadd123ps xmm0, xmm1, xmm2
    vfmadd312pd ymm3, ymm4, [rax]
    vfmadd321ss xmm5, xmm6, [rbx + 8]
    vfmsub123sd xmm7, xmm8, xmm9
    vfnmadd312ps xmm10, xmm11, xmm12
    vfnmsub321pd ymm13, ymm14, [rcx + rdx*4]
    vfmaddsub123ps ymm0, ymm1, ymm2
    vfmsubadd312pd xmm1, xmm2, [rel data]
section .data
data dq 0, 0
