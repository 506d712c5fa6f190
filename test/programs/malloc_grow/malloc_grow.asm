; A growing array on the heap: starts with room for one element and doubles with realloc;
; pushes the squares 0..99, prints capacity changes and checks every element; then calloc.
BITS 64
DEFAULT REL

extern printf, malloc, realloc, calloc, free
global main

section .rodata
grow_fmt  db "grow %d -> %d", 10, 0
done_fmt  db "count=%d sum=%ld a[7]=%ld a[99]=%ld", 10, 0
bad_fmt   db "mismatch at %d", 10, 0
zero_fmt  db "calloc(64, 8): %d nonzero qwords", 10, 0
fail_msg  db "allocation failed", 10, 0

section .text
main:
    push rbx                ; element count
    push r12                ; capacity
    push r13                ; array
    push r14
    push r15
    mov edi, 8
    call malloc wrt ..plt
    test rax, rax
    jz .fail
    mov r13, rax
    mov r12d, 1
    xor ebx, ebx

.push:
    cmp ebx, r12d
    jb .store
    lea r14d, [r12 + r12]   ; new capacity
    lea rdi, [rel grow_fmt]
    mov esi, r12d
    mov edx, r14d
    xor eax, eax
    call printf wrt ..plt
    mov rdi, r13
    mov esi, r14d
    shl rsi, 3
    call realloc wrt ..plt
    test rax, rax
    jz .fail
    mov r13, rax
    mov r12d, r14d
.store:
    mov eax, ebx
    imul rax, rax
    mov [r13 + rbx*8], rax
    inc ebx
    cmp ebx, 100
    jb .push

    ; check and sum
    xor r15d, r15d          ; sum
    xor r14d, r14d          ; index
.check:
    mov eax, r14d
    imul rax, rax
    cmp [r13 + r14*8], rax
    je .same
    lea rdi, [rel bad_fmt]
    mov esi, r14d
    xor eax, eax
    call printf wrt ..plt
.same:
    add r15, [r13 + r14*8]
    inc r14d
    cmp r14d, ebx
    jb .check

    lea rdi, [rel done_fmt]
    mov esi, ebx
    mov rdx, r15
    mov rcx, [r13 + 7*8]
    mov r8, [r13 + 99*8]
    xor eax, eax
    call printf wrt ..plt
    mov rdi, r13
    call free wrt ..plt

    ; calloc gives zeroed memory
    mov edi, 64
    mov esi, 8
    call calloc wrt ..plt
    test rax, rax
    jz .fail
    mov r13, rax
    xor esi, esi
    xor ecx, ecx
.zero:
    cmp qword [r13 + rcx*8], 0
    je .is_zero
    inc esi
.is_zero:
    inc ecx
    cmp ecx, 64
    jb .zero
    lea rdi, [rel zero_fmt]
    xor eax, eax
    call printf wrt ..plt
    mov rdi, r13
    call free wrt ..plt
    xor edi, edi
    call free wrt ..plt     ; free(NULL) does nothing

    xor eax, eax
    jmp .out
.fail:
    lea rdi, [rel fail_msg]
    xor eax, eax
    call printf wrt ..plt
    mov eax, 1
.out:
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    ret
