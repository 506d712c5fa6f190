; A stdin-driven calculator: each line is "A OP B" with OP one of + - * / %; prints the
; result, or an error for a zero divisor or an unknown operator. Ends at EOF and prints a
; count; the exit status is the number of errors.
BITS 64
DEFAULT REL

extern printf, getline, atoi, free, stdin
global main

section .rodata
result_fmt db "%d %c %d = %ld", 10, 0
div0_msg   db "error: division by zero", 10, 0
badop_fmt  db "error: unknown operator '%c'", 10, 0
count_fmt  db "%d lines, %d errors", 10, 0

section .bss
lineptr  resq 1
linesize resq 1

section .text
main:
    push rbx                ; first operand
    push r12                ; operator
    push r13                ; second operand
    push r14                ; lines
    push r15                ; errors
    xor r14d, r14d
    xor r15d, r15d

.next_line:
    lea rdi, [rel lineptr]
    lea rsi, [rel linesize]
    mov rax, [rel stdin wrt ..got]
    mov rdx, [rax]
    call getline wrt ..plt
    cmp rax, -1
    je .eof
    inc r14d

    mov rdi, [rel lineptr]
    call atoi wrt ..plt
    mov ebx, eax
    mov r12d, '?'           ; shown when the line has no operator at all

    ; the operator follows the first blank
    mov rdi, [rel lineptr]
.find_blank:
    mov al, [rdi]
    test al, al
    jz .bad_op
    cmp al, ' '
    je .found_blank
    inc rdi
    jmp .find_blank
.found_blank:
    movzx r12d, byte [rdi + 1]
    lea rdi, [rdi + 2]
    call atoi wrt ..plt
    mov r13d, eax

    movsxd rax, ebx
    movsxd rcx, r13d
    cmp r12d, '+'
    je .add
    cmp r12d, '-'
    je .sub
    cmp r12d, '*'
    je .mul
    cmp r12d, '/'
    je .div
    cmp r12d, '%'
    je .mod
    jmp .bad_op
.add:
    add rax, rcx
    jmp .print
.sub:
    sub rax, rcx
    jmp .print
.mul:
    imul rax, rcx
    jmp .print
.div:
    test rcx, rcx
    jz .div0
    cqo
    idiv rcx
    jmp .print
.mod:
    test rcx, rcx
    jz .div0
    cqo
    idiv rcx
    mov rax, rdx
.print:
    lea rdi, [rel result_fmt]
    mov esi, ebx
    mov edx, r12d
    mov ecx, r13d
    mov r8, rax
    xor eax, eax
    call printf wrt ..plt
    jmp .next_line
.div0:
    inc r15d
    lea rdi, [rel div0_msg]
    xor eax, eax
    call printf wrt ..plt
    jmp .next_line
.bad_op:
    inc r15d
    lea rdi, [rel badop_fmt]
    mov esi, r12d
    xor eax, eax
    call printf wrt ..plt
    jmp .next_line

.eof:
    lea rdi, [rel count_fmt]
    mov esi, r14d
    mov edx, r15d
    xor eax, eax
    call printf wrt ..plt
    mov rdi, [rel lineptr]
    call free wrt ..plt
    mov eax, r15d
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    ret
