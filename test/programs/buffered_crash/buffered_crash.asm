; Output buffered in stdout, then a segfault: into a pipe stdout is fully buffered and the
; crash kills the process before anything flushes it, so nothing reaches stdout. The
; fflush'd first line survives.
BITS 64
DEFAULT REL

extern printf, fflush, stdout
global main

section .rodata
kept db "flushed before the crash", 10, 0
lost db "still in the buffer at the crash", 10, 0

section .text
main:
    sub rsp, 8
    lea rdi, [rel kept]
    xor eax, eax
    call printf wrt ..plt
    mov rax, [rel stdout wrt ..got]
    mov rdi, [rax]
    call fflush wrt ..plt
    lea rdi, [rel lost]
    xor eax, eax
    call printf wrt ..plt
    xor eax, eax
    mov dword [rax], 1      ; write to address 0
    add rsp, 8
    ret
