; argc and argv[1..argc-1] (argv[0] is the program path, which differs between runs),
; then checks that argv[argc] is NULL.
BITS 64
DEFAULT REL

extern printf, puts
global main

section .rodata
argc_fmt db "argc=%d", 10, 0
arg_fmt  db "argv[%d]=[%s]", 10, 0
null_msg db "argv[argc] is NULL", 0
bad_msg  db "argv[argc] is not NULL", 0

section .text
main:
    push rbx
    push r12
    push r13
    mov r12d, edi           ; argc
    mov r13, rsi            ; argv
    lea rdi, [rel argc_fmt]
    mov esi, r12d
    xor eax, eax
    call printf wrt ..plt

    mov ebx, 1
.next:
    cmp ebx, r12d
    jge .check_null
    lea rdi, [rel arg_fmt]
    mov esi, ebx
    mov rdx, [r13 + rbx*8]
    xor eax, eax
    call printf wrt ..plt
    inc ebx
    jmp .next

.check_null:
    movsxd rax, r12d
    cmp qword [r13 + rax*8], 0
    lea rdi, [rel null_msg]
    lea rax, [rel bad_msg]
    cmovne rdi, rax
    call puts wrt ..plt

    mov eax, r12d           ; exit status = argc
    pop r13
    pop r12
    pop rbx
    ret
