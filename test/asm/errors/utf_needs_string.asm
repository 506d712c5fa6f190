section .data
    dw __utf16__ 33
