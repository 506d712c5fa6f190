section .data
    db %num(5, , 1)
