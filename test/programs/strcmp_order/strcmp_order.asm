; strcmp ordering: prints only the sign of each result (glibc promises nothing more);
; bytes compare as unsigned char, so 0x80 sorts after 'a'.
BITS 64
DEFAULT REL

extern printf, strcmp
global main

section .rodata
fmt   db "strcmp(", 34, "%s", 34, ", ", 34, "%s", 34, ") %c 0", 10, 0
abc   db "abc", 0
abd   db "abd", 0
ab    db "ab", 0
empty db "", 0
a     db "a", 0
high  db 0x80, "x", 0
upper db "Apple", 0
lower db "apple", 0
long1 db "the quick brown fox jumps", 0
long2 db "the quick brown fox jumped", 0
abc2  db "abc", 0

section .data
pairs dq abc, abd,   abd, abc,   abc, ab,   ab, abc,   empty, empty
      dq a, empty,   empty, a,   high, a,   a, high,   upper, lower
      dq long1, long2,   abc, abc2,   lower, upper
pairs_end:

section .text
main:
    push rbx
    push r12
    sub rsp, 8
    lea rbx, [rel pairs]
.next:
    mov rdi, [rbx]
    mov rsi, [rbx + 8]
    call strcmp wrt ..plt
    mov ecx, '='
    mov edx, '<'
    test eax, eax
    cmovs ecx, edx
    mov edx, '>'
    cmovg ecx, edx
    lea rdi, [rel fmt]
    mov rsi, [rbx]
    mov rdx, [rbx + 8]
    xor eax, eax
    call printf wrt ..plt
    add rbx, 16
    lea rax, [rel pairs_end]
    cmp rbx, rax
    jb .next
    xor eax, eax
    add rsp, 8
    pop r12
    pop rbx
    ret
