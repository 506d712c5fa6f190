bits 64
section .text
    vfmadd312ps xmm20, xmm1, xmm2
