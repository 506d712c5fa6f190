extern ext
section .data
here:
        dd ext - $
        dq ext - $
        dw ext
        db ext
        dd ext
        dq ext
        dd ext + 16
        dq $
        dd here2 - here
here2:
        dq here2
section .text
        dd ext - $
        ret
