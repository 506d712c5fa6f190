%use smartalign
bits 64
section .text
    alignmode athlon
