bits 64
section .text
    xchg [rsp], 5
