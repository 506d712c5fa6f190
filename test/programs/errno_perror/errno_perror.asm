; errno through __errno_location: strtol sets ERANGE on overflow, strerror names it, perror
; writes "prefix: message" to stderr; and stdin's end-of-file flag after getchar returns EOF.
BITS 64
DEFAULT REL

extern strtol, strerror, perror, printf, getchar, feof, __errno_location, stdin
global main

section .rodata
too_big   db "123456789012345678901234567890", 0
prefix    db "strtol", 0
errno_fmt db "errno after overflow: %d (%s), value %ld", 10, 0
clear_fmt db "errno after a good parse stays %d", 10, 0
ok_text   db "77", 0
eof_fmt   db "getchar: %d then %d, feof %s", 10, 0
yes       db "set", 0
no        db "clear", 0

section .text
main:
    push rbx
    push r12
    push r13

    call __errno_location wrt ..plt
    mov rbx, rax            ; int *errno
    mov dword [rbx], 0
    lea rdi, [rel too_big]
    xor esi, esi
    mov edx, 10
    call strtol wrt ..plt
    mov r12, rax
    mov edi, [rbx]
    call strerror wrt ..plt
    lea rdi, [rel errno_fmt]
    mov esi, [rbx]
    mov rdx, rax
    mov rcx, r12
    xor eax, eax
    call printf wrt ..plt

    lea rdi, [rel prefix]
    call perror wrt ..plt

    ; a successful call leaves errno as it was
    mov dword [rbx], 0
    lea rdi, [rel ok_text]
    xor esi, esi
    mov edx, 10
    call strtol wrt ..plt
    lea rdi, [rel clear_fmt]
    mov esi, [rbx]
    xor eax, eax
    call printf wrt ..plt

    ; stdin is empty: EOF twice, and the stream remembers it
    call getchar wrt ..plt
    mov r12d, eax
    call getchar wrt ..plt
    mov r13d, eax
    mov rax, [rel stdin wrt ..got]
    mov rdi, [rax]
    call feof wrt ..plt
    lea rcx, [rel yes]
    lea rdx, [rel no]
    test eax, eax
    cmovnz rdx, rcx
    lea rdi, [rel eof_fmt]
    mov esi, r12d
    mov rcx, rdx
    mov edx, r13d
    xor eax, eax
    call printf wrt ..plt

    xor eax, eax
    pop r13
    pop r12
    pop rbx
    ret
