section .text
a:
        jmp short b
        jmp near b
        jmp b
        je short b
        je near b
        jmp near a
        jmp short a
        call b
b:
        ret
