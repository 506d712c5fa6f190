section .data
        istruc nosuch
        iend
