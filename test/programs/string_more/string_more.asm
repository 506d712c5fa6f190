; More of string.h and ctype.h: strdup, strstr, strrchr, memcmp, strncpy's zero padding,
; strncat, and toupper over a copy.
BITS 64
DEFAULT REL

extern strdup, strstr, strrchr, memcmp, strncpy, strncat, toupper, printf, free, putchar
global main

section .rodata
text     db "the cat sat on the mat", 0
needle   db "sat", 0
missing  db "dog", 0
dup_fmt  db "strdup: [%s] (a new copy: %s)", 10, 0
str_fmt  db "strstr(sat) -> [%s], strstr(dog) -> %s", 10, 0
rchr_fmt db "strrchr('t') -> [%s]", 10, 0
cmp_fmt  db "memcmp signs: %d %d %d", 10, 0
ncpy_fmt db "strncpy(8) of ", 34, "abc", 34, ": [%s] then bytes %d %d %d %d %d", 10, 0
ncat_fmt db "strncat(3): [%s]", 10, 0
up_fmt   db "toupper: [%s]", 10, 0
yes      db "yes", 0
no       db "no", 0
null_txt db "NULL", 0
abc      db "abc", 0
abd      db "abd", 0
tail     db "defghij", 0

section .bss
pad  resb 16
cat  resb 32

section .text
; sign(eax) -> eax in {-1, 0, 1}
sign:
    xor edx, edx
    test eax, eax
    setg dl
    sar eax, 31
    or eax, edx
    ret

main:
    push rbx
    push r12
    push r13
    push r14
    push r15

    lea rdi, [rel text]
    call strdup wrt ..plt
    mov rbx, rax
    lea rdx, [rel yes]
    lea rcx, [rel no]
    lea rax, [rel text]
    cmp rbx, rax
    cmove rdx, rcx
    lea rdi, [rel dup_fmt]
    mov rsi, rbx
    xor eax, eax
    call printf wrt ..plt

    mov rdi, rbx
    lea rsi, [rel needle]
    call strstr wrt ..plt
    mov r12, rax
    mov rdi, rbx
    lea rsi, [rel missing]
    call strstr wrt ..plt
    lea rdx, [rel null_txt]
    test rax, rax
    cmovnz rdx, rax
    lea rdi, [rel str_fmt]
    mov rsi, r12
    xor eax, eax
    call printf wrt ..plt

    mov rdi, rbx
    mov esi, 't'
    call strrchr wrt ..plt
    lea rdi, [rel rchr_fmt]
    mov rsi, rax
    xor eax, eax
    call printf wrt ..plt

    ; memcmp: less, equal (first two bytes), greater
    lea rdi, [rel abc]
    lea rsi, [rel abd]
    mov edx, 3
    call memcmp wrt ..plt
    call sign
    mov r12d, eax
    lea rdi, [rel abc]
    lea rsi, [rel abd]
    mov edx, 2
    call memcmp wrt ..plt
    call sign
    mov r13d, eax
    lea rdi, [rel abd]
    lea rsi, [rel abc]
    mov edx, 3
    call memcmp wrt ..plt
    call sign
    lea rdi, [rel cmp_fmt]
    mov esi, r12d
    mov edx, r13d
    mov ecx, eax
    xor eax, eax
    call printf wrt ..plt

    ; strncpy pads with NULs up to n: fill with 'x' first to see it
    lea rdi, [rel pad]
    mov ecx, 16
.fill:
    mov byte [rdi + rcx - 1], 'x'
    loop .fill
    lea rdi, [rel pad]
    lea rsi, [rel abc]
    mov edx, 8
    call strncpy wrt ..plt
    lea rax, [rel pad]
    sub rsp, 8              ; one stack argument: pad to keep rsp 16-byte aligned
    movzx ecx, byte [rax + 9]
    push rcx
    lea rdi, [rel ncpy_fmt]
    mov rsi, rax
    movzx edx, byte [rax + 3]
    movzx ecx, byte [rax + 4]
    movzx r8d, byte [rax + 7]
    movzx r9d, byte [rax + 8]
    xor eax, eax
    call printf wrt ..plt
    add rsp, 16

    lea rdi, [rel cat]
    lea rsi, [rel abc]
    mov edx, 32
    call strncpy wrt ..plt
    lea rdi, [rel cat]
    lea rsi, [rel tail]
    mov edx, 3
    call strncat wrt ..plt
    lea rdi, [rel ncat_fmt]
    mov rsi, rax
    xor eax, eax
    call printf wrt ..plt

    ; toupper over the copy, in place
    mov r12, rbx
.upper:
    movzx edi, byte [r12]
    test edi, edi
    jz .upper_done
    call toupper wrt ..plt
    mov [r12], al
    inc r12
    jmp .upper
.upper_done:
    lea rdi, [rel up_fmt]
    mov rsi, rbx
    xor eax, eax
    call printf wrt ..plt
    mov rdi, rbx
    call free wrt ..plt

    xor eax, eax
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    ret
