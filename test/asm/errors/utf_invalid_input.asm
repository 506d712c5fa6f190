section .data
    dw __utf16__(`caf\xe9`)
