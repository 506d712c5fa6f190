section .data
lbl: dq 0
    dq lbl >= 1
