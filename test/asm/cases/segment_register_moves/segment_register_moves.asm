; Moves to and from segment registers: 16 bits whatever the other operand says, so nasm leaves
; out REX.W and the operand-size prefix except where a 16-bit register or a qword in memory asks.
section .text
    mov es, rax
    mov ds, eax
    mov fs, ax
    mov gs, r9
    mov es, [rsi]
    mov ss, word [rsi + 8]
    mov ds, qword [rsi]
    mov rax, es
    mov eax, cs
    mov ax, ss
    mov r10, fs
    mov r10w, gs
    mov [rdi], ds
    mov word [rdi + 2], fs
    mov qword [rdi], es
    ret
