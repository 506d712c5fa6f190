; A character constant longer than a register: nasm keeps its first eight bytes and warns.
section .text
    mov rax, 'too long for a register'
    mov ecx, 'abcd'
    ret
