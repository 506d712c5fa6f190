section .data
    db %num(12, 3
