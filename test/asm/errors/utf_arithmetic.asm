section .data
    dw __utf16__("a") + 1
