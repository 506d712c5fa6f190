; `%use fp`: the float conversion macros, the special values and the bf16 directive, and the
; float functions in data and immediates.
%use fp
%use fp                 ; a package is read once
section .data
halves:     dw float16(1.5), float16(-2.0), bfloat16(1.5)
singles:    dd float32(3.25), Inf, -Inf
doubles:    dq float64(0.1), NaN, QNaN, SNaN
wide:       dq float80m(1.0), float128l(2.5), float128h(2.5)
            dw float80e(1.0)
brains:     bf16 1.0, -3.1415, NaN, +Inf
            BF16 65504.0
tiny:       db float8(1.5), __?float8?__(-0.25)
section .text
            mov eax, float32(1.0)
            mov rdx, float64(-1.5)
            mov cx, __?bfloat16?__(2.0)
            mov r8d, __float32__(7.0)
