section .rodata
f32     dd 1.5, -2.25, 0.1, 3.14159
f64     dq 1.5, -0.0, 0.1, 1e10, 6.02e23, 1.0e-5
hexf    dq 0x1.8p1, 0x10.0
ints    dq 1.
spec    dq __float64__(2.5), __float32__(2.5)
big     dq 1.7976931348623157e308
tiny    dq 4.9e-324
