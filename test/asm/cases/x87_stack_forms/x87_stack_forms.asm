; x87 stack registers in every way nasm lets them be written: explicit, left out (st1, or the
; popping form on st1 and st0), after `to`, and st0 left out of the comparing and moving forms.
section .text
    fld st0
    fld st3
    fld
    fxch
    fxch st2
    fadd st0, st5
    fadd st5, st0
    fadd st2
    fadd to st2
    fadd
    fsub
    fsubr to st1
    fdivr
    fmul to st7
    faddp st3
    fsubp
    fcom
    fucomp
    fst
    fstp st4
    ffree
    fcomi st1
    fucomip st0, st2
    fcmovb st3
    fcmovnbe st0, st1
    ret
