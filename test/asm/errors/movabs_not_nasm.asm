bits 64
section .text
    movabs rax, 0x1122334455667788
