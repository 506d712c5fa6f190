section .data
ten     dt 1.5, -3.0
ext     dt 0.1
oct     do 1.5, -0.25
