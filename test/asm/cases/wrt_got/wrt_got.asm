DEFAULT REL
extern stdin, stdout, environ
global main
section .text
main:
        mov rax, [rel stdin wrt ..got]
        mov rax, [rax]
        mov rcx, [stdout wrt ..got]
        mov rdx, [rel environ wrt ..got]
        mov rsi, [abs stdout wrt ..got]
        ret
section .data
        dq stdin wrt ..got
