; exit(42) from a nested call: buffered output without a newline is still flushed by exit.
BITS 64
DEFAULT REL

extern printf, exit
global main

section .rodata
msg db "leaving with exit(42)", 0

section .text
leave_now:
    sub rsp, 8
    lea rdi, [rel msg]
    xor eax, eax
    call printf wrt ..plt
    mov edi, 42
    call exit wrt ..plt
    ud2                     ; exit does not return

main:
    sub rsp, 8
    call leave_now
    xor eax, eax
    add rsp, 8
    ret
