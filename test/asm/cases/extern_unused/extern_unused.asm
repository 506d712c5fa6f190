extern used_fn, unused_fn
extern unused_data
global main
section .text
main:
        call used_fn wrt ..plt
        ret
