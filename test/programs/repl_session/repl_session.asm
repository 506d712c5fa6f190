; A tiny REPL on glibc: prompt, read a line with getline, dispatch on the first word.
;   help       list the commands
;   add A B    print A + B
;   quit       say bye and leave
BITS 64
DEFAULT REL

extern printf, getline, strcmp, atoi, free, stdin
global main

section .rodata
prompt   db "> ", 0
bye_msg  db "bye", 10, 0
unk_msg  db "unknown command", 10, 0
help_msg db "commands: help add quit", 10, 0
add_fmt  db "%d", 10, 0
cmd_help db "help", 0
cmd_add  db "add", 0
cmd_quit db "quit", 0

section .bss
lineptr  resq 1
linesize resq 1

section .text
main:
    push rbp
    mov rbp, rsp
    push rbx                ; rbx: the command word
    push r12                ; r12: the rest of the line

    ; getline allocates the buffer when *lineptr is NULL
    mov qword [lineptr], 0
    mov qword [linesize], 0

repl:
    lea rdi, [rel prompt]
    xor eax, eax            ; printf is variadic: no vector registers used
    call printf wrt ..plt

    ; getline(&lineptr, &linesize, stdin)
    lea rdi, [rel lineptr]
    lea rsi, [rel linesize]
    mov rax, [rel stdin wrt ..got]
    mov rdx, [rax]
    call getline wrt ..plt
    cmp rax, -1
    je done                 ; end of input

    ; drop the trailing newline
    mov rdi, [lineptr]
    cmp byte [rdi + rax - 1], 10
    jne .split
    mov byte [rdi + rax - 1], 0

.split:
    ; cut the line after the first word
    mov rbx, rdi
    mov r12, rdi
.find_space:
    mov al, [r12]
    test al, al
    jz .dispatch
    cmp al, ' '
    je .cut
    inc r12
    jmp .find_space
.cut:
    mov byte [r12], 0
    inc r12

.dispatch:
    mov rdi, rbx
    lea rsi, [rel cmd_help]
    call strcmp wrt ..plt
    test eax, eax
    jz do_help

    mov rdi, rbx
    lea rsi, [rel cmd_add]
    call strcmp wrt ..plt
    test eax, eax
    jz do_add

    mov rdi, rbx
    lea rsi, [rel cmd_quit]
    call strcmp wrt ..plt
    test eax, eax
    jz do_quit

    lea rdi, [rel unk_msg]
    xor eax, eax
    call printf wrt ..plt
    jmp repl

do_help:
    lea rdi, [rel help_msg]
    xor eax, eax
    call printf wrt ..plt
    jmp repl

do_add:
    mov rdi, r12
    call atoi wrt ..plt
    mov ebx, eax            ; first operand
.skip_blanks:               ; step over the first operand to reach the second
    cmp byte [r12], ' '
    jne .skip_word
    inc r12
    jmp .skip_blanks
.skip_word:
    mov al, [r12]
    test al, al
    jz .second
    cmp al, ' '
    je .second
    inc r12
    jmp .skip_word
.second:
    mov rdi, r12
    call atoi wrt ..plt
    lea esi, [rbx + rax]
    lea rdi, [rel add_fmt]
    xor eax, eax
    call printf wrt ..plt
    jmp repl

do_quit:
    lea rdi, [rel bye_msg]
    xor eax, eax
    call printf wrt ..plt

done:
    mov rdi, [lineptr]
    call free wrt ..plt
    xor eax, eax
    pop r12
    pop rbx
    pop rbp
    ret
