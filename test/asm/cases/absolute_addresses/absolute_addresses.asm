; Addresses with no register as nasm encodes them: mov's moffs forms only for the accumulator
; (`[qword x]` 64-bit, `[a32 x]` 32-bit) and never when rip-relative was asked; a qword size
; elsewhere ignored with a warning; segment overrides one prefix byte, after lock, before 66h/67h;
; fs and gs stay absolute under `default rel`.
        bits 64
        default abs
        mov al, [foo]
        mov al, [qword foo]
        mov rax, [qword foo]
        mov rbx, [qword foo]
        mov eax, [a32 foo]
        mov ebx, [a32 foo]
        mov ax, [a32 0xbbbbbbbb]
        mov eax, [a32 qword foo]
        mov al, [qword fs:foo]
        mov rbx, [qword fs:foo]
        mov al, [rel 0xaaaaaaaaaaaaaaaa]
        mov bl, [rel qword 0xffffffffcccccccc]
        mov al, [dword fs:0xffffffffcccccccc]
        mov al, [rel qword foo]
        mov al, [es:foo]
        mov ax, [a32 fs:0xbbbbbbbb]
        mov rbx, [a32 rel fs:foo]
        mov al, [fs:rax]
        mov rax, [gs:rbx+8]
        mov ax, [fs:eax]
        lock add [gs:foo], eax
        inc word [eax]
        movapd xmm0, [eax]
        movss xmm0, [fs:foo]
        default rel
        mov al, [foo]
        mov al, [fs:foo]
        mov al, [gs:foo]
        mov al, [abs qword foo]
        mov rax, [qword foo]
        mov eax, [a32 foo]
        mov al, [es:foo]
        mov rbx, [gs: a64 abs qword 0xbbbbbbbb]
foo:    dd 0
