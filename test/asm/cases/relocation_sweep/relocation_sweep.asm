; A sweep across symbol references, relocations (wrt ..plt, ..got, ..sym, extern, local,
; rip-relative and absolute), branches short and near, data directives and expressions.
bits 64
default rel
extern ext, printf, puts
global loc:function
section .data
var dq 0
section .text
loc:
    mov rax, var
    mov eax, var
    mov rax, [var]
    mov rax, [rel var]
    lea rdi, [rel var]
    lea rdi, [var]
    mov qword [rel var], 1
    push var
    cmp rax, var
    add rax, [var]
    mov [abs var], eax
    mov rax, [abs var]
    movsd xmm0, [var]
    call var
    jmp var
    mov rax, ext
    mov eax, ext
    mov rax, [ext]
    mov rax, [rel ext]
    lea rdi, [rel ext]
    lea rdi, [ext]
    mov qword [rel ext], 1
    push ext
    cmp rax, ext
    add rax, [ext]
    mov [abs ext], eax
    mov rax, [abs ext]
    movsd xmm0, [ext]
    call ext
    jmp ext
    mov rax, printf
    mov eax, printf
    mov rax, [printf]
    mov rax, [rel printf]
    lea rdi, [rel printf]
    lea rdi, [printf]
    mov qword [rel printf], 1
    push printf
    cmp rax, printf
    add rax, [printf]
    mov [abs printf], eax
    mov rax, [abs printf]
    movsd xmm0, [printf]
    call printf
    jmp printf
    mov rax, loc
    mov eax, loc
    mov rax, [loc]
    mov rax, [rel loc]
    lea rdi, [rel loc]
    lea rdi, [loc]
    mov qword [rel loc], 1
    push loc
    cmp rax, loc
    add rax, [loc]
    mov [abs loc], eax
    mov rax, [abs loc]
    movsd xmm0, [loc]
    call loc
    jmp loc
    mov rax, var+8
    mov eax, var+8
    mov rax, [var+8]
    mov rax, [rel var+8]
    lea rdi, [rel var+8]
    lea rdi, [var+8]
    mov qword [rel var+8], 1
    push var+8
    cmp rax, var+8
    add rax, [var+8]
    mov [abs var+8], eax
    mov rax, [abs var+8]
    movsd xmm0, [var+8]
    call var+8
    jmp var+8
    mov rax, ext+4
    mov eax, ext+4
    mov rax, [ext+4]
    mov rax, [rel ext+4]
    lea rdi, [rel ext+4]
    lea rdi, [ext+4]
    mov qword [rel ext+4], 1
    push ext+4
    cmp rax, ext+4
    add rax, [ext+4]
    mov [abs ext+4], eax
    mov rax, [abs ext+4]
    movsd xmm0, [ext+4]
    call ext+4
    jmp ext+4
    call printf wrt ..plt
    jmp printf wrt ..plt
    mov rax, [rel printf wrt ..got]
    call [rel printf wrt ..got]
    lea rax, [rel printf wrt ..plt]
    call ext wrt ..plt
    jmp ext wrt ..plt
    mov rax, [rel ext wrt ..got]
    call [rel ext wrt ..got]
    lea rax, [rel ext wrt ..plt]
    call puts wrt ..plt
    jmp puts wrt ..plt
    mov rax, [rel puts wrt ..got]
    call [rel puts wrt ..got]
    lea rax, [rel puts wrt ..plt]
    jmp loc
    jmp near loc
    je loc
    jne near loc
    call loc
    jmp $
    jmp $+2
    je $+0x100
    call $+5
    jmp far_label
    jz far_label
    jmp short $+2
    push rbx
    push rbx
    nop
    pop rbx
    add rax, rbx
    nop
    add rax, rbx
    nop
    push rbx
    pop rbx
    add rax, rbx
    pop rbx
    nop
    add rax, rbx
    nop
    add rax, rbx
    pop rbx
    push rbx
    add rax, rbx
    pop rbx
    jmp loc
    jg loc
    jl far_label
    call far_label
    dq loc
    dd loc
    dw 0
    dq ext
    dd ext
    dq printf
    dq var-loc
    dd var-loc
    dq $
    dq $$
    dq $-$$
    dd $-loc
    dq loc+0x10
    dd 1.5
    dq 1.5
    dt 1.5
    dw 1.5
    dq -1.0e10
    dd __float32__(2.5)
    dq __float64__(3.25)
    db "abc", 0
    dw "ab"
    dd "abcd"
    dq "abcdefgh"
    db `a\tb\n`
    dd 0x12345678, -1, 4294967295
    dw -32768, 65535
    db -128, 255
    dq 0x8000000000000000
    dq -0x8000000000000000
    times 3 db 1, 2
    times 2 dq var
    resb 0
    align 8
    align 16, db 0xcc
    db 1
    alignb 4
    do 1.0
    mov eax, 1 << 31
    mov eax, -(1 << 31)
    mov rax, (1 << 40) | 7
    mov eax, 10 / 3
    mov eax, -10 / 3
    mov eax, -10 // 3
    mov eax, -10 % 3
    mov eax, -10 %% 3
    mov eax, 7 ^ 3
    mov eax, ~0
    mov eax, !0
    mov eax, 3 * (4 + 5)
    mov eax, 0x7fffffff + 1
    mov rax, 0xffffffffffffffff
    mov eax, 1_000_000
    mov eax, 0b1010_1010
    mov eax, 0o777
    mov eax, 777q
    mov eax, 1010b
    mov eax, 0ffh
    mov eax, $1f
    mov eax, 0x1f
    mov eax, 0h1f
    mov eax, 0d99
    mov eax, 99d
    mov eax, 'ab'
    mov eax, "abcd"
    mov rax, 'abcdefgh'
    mov eax, 5 > 3
    mov eax, 5 == 5
    mov eax, 5 <> 5
    mov eax, 5 <= 3 || 1
    mov eax, 1 ? 2 : 3
    mov eax, 8 >>> 1
    mov eax, -8 >> 1
    mov eax, -8 >>> 1
    mov eax, 1 <<< 3
    mov eax, 3 <=> 5
    mov eax, __utf16__("a")
    mov eax, __float32__(1.0)
    mov rax, __float64__(-2.0)
    mov eax, __ilog2e__(64)
    mov eax, __ilog2f__(65)
    mov eax, __ilog2c__(65)
    mov eax, (-1) & 0xff
loc2:
.local:
    jmp .local
..@x:
    jmp ..@x
    lbl_nocolon nop
    mov eax, [rbx + loc - loc]
    mov eax, [rbx + (var - loc)]
    lea rax, [rbx*2 + rbx]
    lea rax, [rbx + rbx*4 + 3]
    mov eax, [rbx*1]
    mov eax, [rbx*9]
    mov eax, [2*rbx]
    mov eax, [rbx+rcx*4-8]
    times 200 nop
far_label:
    ret

