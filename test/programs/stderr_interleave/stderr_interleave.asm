; stdout and stderr together: stderr is unbuffered, stdout is fully buffered when it is a
; pipe or file, so on a shared file the order depends on fflush. Also prints fprintf's
; return value.
BITS 64
DEFAULT REL

extern printf, fprintf, fflush, stdout, stderr
global main

section .rodata
out1 db "out 1", 10, 0
out2 db "out 2 (flushed before err 2)", 10, 0
out3 db "out 3 (flushed at exit)", 10, 0
err1 db "err 1", 10, 0
err2 db "err 2: %s %d", 10, 0
err3 db "err 3: fprintf returned %d", 10, 0
noun db "word", 0

section .text
main:
    push rbx
    lea rdi, [rel out1]
    xor eax, eax
    call printf wrt ..plt

    mov rax, [rel stderr wrt ..got]
    mov rdi, [rax]
    lea rsi, [rel err1]
    xor eax, eax
    call fprintf wrt ..plt

    lea rdi, [rel out2]
    xor eax, eax
    call printf wrt ..plt
    mov rax, [rel stdout wrt ..got]
    mov rdi, [rax]
    call fflush wrt ..plt

    mov rax, [rel stderr wrt ..got]
    mov rdi, [rax]
    lea rsi, [rel err2]
    lea rdx, [rel noun]
    mov ecx, -99
    xor eax, eax
    call fprintf wrt ..plt
    mov ebx, eax

    lea rdi, [rel out3]
    xor eax, eax
    call printf wrt ..plt

    mov rax, [rel stderr wrt ..got]
    mov rdi, [rax]
    lea rsi, [rel err3]
    mov edx, ebx
    xor eax, eax
    call fprintf wrt ..plt

    xor eax, eax
    pop rbx
    ret
