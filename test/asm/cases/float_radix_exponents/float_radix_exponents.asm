; Binary, octal and hex floats whose point comes right before the `p` exponent.
section .data
    dd 0b1.p8, 0q17.p2, 0b1.1p1, 0x1.p3
    dq 0b1.p-2, 0o7.p+1, 0x1.8p0
    dw __float16__(0b1.p4)
