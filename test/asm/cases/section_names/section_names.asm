; A section's name runs to the first whitespace, whatever characters it holds.
section __LD,__compact_unwind data debug
    dd 0
section .text$x
    ret
section $escaped.name progbits alloc
    db 1
section a+b:c(d) write
    dq 2
section .rodata.str1.1 progbits alloc noexec nowrite
    db 'x', 0
[section weird,name]
    db 3
section __LD,__compact_unwind
    dd 4
