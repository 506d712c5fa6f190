; Output well past one stdio buffer: 2000 numbered lines on stdout with a note on stderr
; every 250 lines. In one shared file, stderr appears where stdout's full buffer (4096 bytes,
; the file's block size) happened to be flushed, so combined.txt pins glibc's buffer size.
BITS 64
DEFAULT REL

extern printf, fprintf, stderr
global main

section .rodata
line_fmt db "line %04d: the quick brown fox jumps over the lazy dog", 10, 0
note_fmt db "note after line %d", 10, 0

section .text
main:
    push rbx
    mov ebx, 1
.next:
    lea rdi, [rel line_fmt]
    mov esi, ebx
    xor eax, eax
    call printf wrt ..plt
    mov eax, ebx
    xor edx, edx
    mov ecx, 250
    div ecx
    test edx, edx
    jnz .no_note
    mov rax, [rel stderr wrt ..got]
    mov rdi, [rax]
    lea rsi, [rel note_fmt]
    mov edx, ebx
    xor eax, eax
    call fprintf wrt ..plt
.no_note:
    inc ebx
    cmp ebx, 2000
    jbe .next
    xor eax, eax
    pop rbx
    ret
