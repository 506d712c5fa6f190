section .data
    db ? 2
