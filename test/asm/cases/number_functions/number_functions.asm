; nasm 2.16's %num and %abs: a value's digits as a string in a base, exactly or at least so many,
; and a magnitude, nested and through macros.
%define width 40
%define height -25
section .rodata
area:       db %num(width * height), 0
hex:        db %num(width * height, , 16), 0
exact:      db %num(1920, 3), ' ', %num(1920, 8), 0
least:      db %num(1920, -3), ' ', %num(5, -4, 2), 0
binary:     db %num(%abs(height), 8, 2), 0
magnitude:  dq %abs(width * height), %abs(7)
; in directives too
%assign cells %abs(height) * 2
%if %num(cells, 3) = '050'
padded:     times cells db 0
%endif
%rep %abs(-2)
            dw %num(1, -2, 2)
%endrep
