; A sweep across instruction forms: general-purpose, x87, MMX, SSE and AVX instructions with
; registers of every width, immediates at the edges of each size, and addressing modes (SIB,
; rip-relative, absolute, segment overrides, prefixes). Every line must give nasm's bytes.
bits 64
default rel

section .data
var dq 0

section .text
label:
    add ch, al
    add ch, 0
    add ch, 1
    add ch, -1
    add ch, 127
    add ch, 128
    add ch, -128
    add ch, -129
    add ch, 255
    add ch, 256
    add ch, 0x7fff
    add ch, 0x8000
    add ch, -32768
    add ch, 0xffff
    add ch, 0x7fffffff
    add ch, 0x80000000
    add ch, -0x80000000
    add ch, 0xffffffff
    add ch, 0x100000000
    add ch, -2
    add ch, [rbp]
    add [rbp], ch
    add ch, [rdi*2+1]
    add [rdi*2+1], ch
    add ch, [rbx+rcx]
    add [rbx+rcx], ch
    add ch, [rsp]
    add [rsp], ch
    add dl, sil
    add dl, bl
    add dl, 0
    add dl, 1
    add dl, -1
    add dl, 127
    add dl, 128
    add dl, -128
    add dl, -129
    add dl, 255
    add dl, 256
    add dl, 0x7fff
    add dl, 0x8000
    add dl, -32768
    add dl, 0xffff
    add dl, 0x7fffffff
    add dl, 0x80000000
    add dl, -0x80000000
    add dl, 0xffffffff
    add dl, 0x100000000
    add dl, -2
    add dl, [rsp]
    add [rsp], dl
    add dl, [rbp]
    add [rbp], dl
    add dl, [rel var]
    add [rel var], dl
    add dl, [r8+r9*8-0x80]
    add [r8+r9*8-0x80], dl
    add dl, [rcx*3]
    add [rcx*3], dl
    add spl, bl
    add spl, cl
    add spl, 0
    add spl, 1
    add spl, -1
    add spl, 127
    add spl, 128
    add spl, -128
    add spl, -129
    add spl, 255
    add spl, 256
    add spl, 0x7fff
    add spl, 0x8000
    add spl, -32768
    add spl, 0xffff
    add spl, 0x7fffffff
    add spl, 0x80000000
    add spl, -0x80000000
    add spl, 0xffffffff
    add spl, 0x100000000
    add spl, -2
    add spl, [rdi*2+1]
    add [rdi*2+1], spl
    add spl, [rel var]
    add [rel var], spl
    add spl, [rsp]
    add [rsp], spl
    add spl, [r12]
    add [r12], spl
    add spl, [rsp+8]
    add [rsp+8], spl
    add byte [rsp+rax], 1
    add byte [rsp+rax], 255
    add byte [rsp+rax], -2
    add byte [rsp+rax], 128
    add byte [rsp+rax], -0x80000000
    add byte [r8+r9*8-0x80], 0x7fffffff
    add byte [r8+r9*8-0x80], 128
    add byte [r8+r9*8-0x80], 127
    add byte [r8+r9*8-0x80], 0x7fff
    add byte [r8+r9*8-0x80], 256
    add byte [rsp], -128
    add byte [rsp], 127
    add byte [rsp], -129
    add byte [rsp], -32768
    add byte [rsp], 1
    add byte [0x10], 0x100000000
    add byte [0x10], -1
    add byte [0x10], 1
    add byte [0x10], -129
    add byte [0x10], 255
    add r9w, di
    add r9w, r14w
    add r9w, 0
    add r9w, 1
    add r9w, -1
    add r9w, 127
    add r9w, 128
    add r9w, -128
    add r9w, -129
    add r9w, 255
    add r9w, 256
    add r9w, 0x7fff
    add r9w, 0x8000
    add r9w, -32768
    add r9w, 0xffff
    add r9w, 0x7fffffff
    add r9w, 0x80000000
    add r9w, -0x80000000
    add r9w, 0xffffffff
    add r9w, 0x100000000
    add r9w, -2
    add r9w, [rbx+rcx]
    add [rbx+rcx], r9w
    add r9w, [r13+r12*2]
    add [r13+r12*2], r9w
    add r9w, [rsp+8]
    add [rsp+8], r9w
    add r9w, [rax+rbx*4+8]
    add [rax+rbx*4+8], r9w
    add r9w, [r8+r9*8-0x80]
    add [r8+r9*8-0x80], r9w
    add si, cx
    add si, sp
    add si, 0
    add si, 1
    add si, -1
    add si, 127
    add si, 128
    add si, -128
    add si, -129
    add si, 255
    add si, 256
    add si, 0x7fff
    add si, 0x8000
    add si, -32768
    add si, 0xffff
    add si, 0x7fffffff
    add si, 0x80000000
    add si, -0x80000000
    add si, 0xffffffff
    add si, 0x100000000
    add si, -2
    add si, [rsi+0x7fffffff]
    add [rsi+0x7fffffff], si
    add si, [var+4]
    add [var+4], si
    add si, [rax*8]
    add [rax*8], si
    add si, [var]
    add [var], si
    add si, [r13+r12*2]
    add [r13+r12*2], si
    add bp, r14w
    add bp, cx
    add bp, 0
    add bp, 1
    add bp, -1
    add bp, 127
    add bp, 128
    add bp, -128
    add bp, -129
    add bp, 255
    add bp, 256
    add bp, 0x7fff
    add bp, 0x8000
    add bp, -32768
    add bp, 0xffff
    add bp, 0x7fffffff
    add bp, 0x80000000
    add bp, -0x80000000
    add bp, 0xffffffff
    add bp, 0x100000000
    add bp, -2
    add bp, [r12]
    add [r12], bp
    add bp, [rsi+0x7fffffff]
    add [rsi+0x7fffffff], bp
    add bp, [rel var]
    add [rel var], bp
    add bp, [rax+rbx*4+8]
    add [rax+rbx*4+8], bp
    add bp, [rax*8]
    add [rax*8], bp
    add word [r13], -1
    add word [r13], 0x100000000
    add word [r13], 0x8000
    add word [r13], 0xffffffff
    add word [r13], -32768
    add word [var+4], -32768
    add word [var+4], -0x80000000
    add word [var+4], 0x80000000
    add word [var+4], -1
    add word [var+4], 0x7fffffff
    add word [rel var], -1
    add word [rel var], 256
    add word [rel var], -0x80000000
    add word [rel var], -2
    add word [rel var], 0
    add word [rsp], 0x7fff
    add word [rsp], 0x80000000
    add word [rsp], -2
    add word [rsp], 0xffff
    add word [rsp], 0x100000000
    add r13d, edi
    add r13d, ebp
    add r13d, 0
    add r13d, 1
    add r13d, -1
    add r13d, 127
    add r13d, 128
    add r13d, -128
    add r13d, -129
    add r13d, 255
    add r13d, 256
    add r13d, 0x7fff
    add r13d, 0x8000
    add r13d, -32768
    add r13d, 0xffff
    add r13d, 0x7fffffff
    add r13d, 0x80000000
    add r13d, -0x80000000
    add r13d, 0xffffffff
    add r13d, 0x100000000
    add r13d, -2
    add r13d, [rax+rbx*4+8]
    add [rax+rbx*4+8], r13d
    add r13d, [rcx*3]
    add [rcx*3], r13d
    add r13d, [r12]
    add [r12], r13d
    add r13d, [var+4]
    add [var+4], r13d
    add r13d, [rsp]
    add [rsp], r13d
    add ebp, ebx
    add ebp, esp
    add ebp, 0
    add ebp, 1
    add ebp, -1
    add ebp, 127
    add ebp, 128
    add ebp, -128
    add ebp, -129
    add ebp, 255
    add ebp, 256
    add ebp, 0x7fff
    add ebp, 0x8000
    add ebp, -32768
    add ebp, 0xffff
    add ebp, 0x7fffffff
    add ebp, 0x80000000
    add ebp, -0x80000000
    add ebp, 0xffffffff
    add ebp, 0x100000000
    add ebp, -2
    add ebp, [r13]
    add [r13], ebp
    add ebp, [rsp+8]
    add [rsp+8], ebp
    add ebp, [0x10]
    add [0x10], ebp
    add ebp, [r8+r9*8-0x80]
    add [r8+r9*8-0x80], ebp
    add ebp, [var+4]
    add [var+4], ebp
    add eax, ecx
    add eax, edx
    add eax, 0
    add eax, 1
    add eax, -1
    add eax, 127
    add eax, 128
    add eax, -128
    add eax, -129
    add eax, 255
    add eax, 256
    add eax, 0x7fff
    add eax, 0x8000
    add eax, -32768
    add eax, 0xffff
    add eax, 0x7fffffff
    add eax, 0x80000000
    add eax, -0x80000000
    add eax, 0xffffffff
    add eax, 0x100000000
    add eax, -2
    add eax, [var]
    add [var], eax
    add eax, [0x10]
    add [0x10], eax
    add eax, [rdi*2+1]
    add [rdi*2+1], eax
    add eax, [rbp-8]
    add [rbp-8], eax
    add eax, [r13]
    add [r13], eax
    add dword [rel var], -32768
    add dword [rel var], 0xffff
    add dword [rel var], 255
    add dword [rel var], 128
    add dword [rel var], 1
    add dword [rdi*2+1], -128
    add dword [rdi*2+1], 128
    add dword [rdi*2+1], 255
    add dword [rdi*2+1], 0xffffffff
    add dword [rdi*2+1], 0
    add dword [rbp-8], -0x80000000
    add dword [rbp-8], -128
    add dword [rbp-8], 256
    add dword [rbp-8], 0x7fff
    add dword [rbp-8], 0
    add dword [rsp+rax], 128
    add dword [rsp+rax], 0x7fffffff
    add dword [rsp+rax], -32768
    add dword [rsp+rax], 0x8000
    add dword [rsp+rax], -1
    add r13, r12
    add r13, r15
    add r13, 0
    add r13, 1
    add r13, -1
    add r13, 127
    add r13, 128
    add r13, -128
    add r13, -129
    add r13, 255
    add r13, 256
    add r13, 0x7fff
    add r13, 0x8000
    add r13, -32768
    add r13, 0xffff
    add r13, 0x7fffffff
    add r13, 0x80000000
    add r13, -0x80000000
    add r13, 0xffffffff
    add r13, 0x100000000
    add r13, -2
    add r13, [rsp]
    add [rsp], r13
    add r13, [var]
    add [var], r13
    add r13, [rdi*2+1]
    add [rdi*2+1], r13
    add r13, [0x10]
    add [0x10], r13
    add r13, [r8+r9*8-0x80]
    add [r8+r9*8-0x80], r13
    add r8, rsi
    add r8, r15
    add r8, 0
    add r8, 1
    add r8, -1
    add r8, 127
    add r8, 128
    add r8, -128
    add r8, -129
    add r8, 255
    add r8, 256
    add r8, 0x7fff
    add r8, 0x8000
    add r8, -32768
    add r8, 0xffff
    add r8, 0x7fffffff
    add r8, 0x80000000
    add r8, -0x80000000
    add r8, 0xffffffff
    add r8, 0x100000000
    add r8, -2
    add r8, [r12]
    add [r12], r8
    add r8, [var+4]
    add [var+4], r8
    add r8, [0x10]
    add [0x10], r8
    add r8, [rsp]
    add [rsp], r8
    add r8, [rbx-129]
    add [rbx-129], r8
    add r9, rcx
    add r9, rbx
    add r9, 0
    add r9, 1
    add r9, -1
    add r9, 127
    add r9, 128
    add r9, -128
    add r9, -129
    add r9, 255
    add r9, 256
    add r9, 0x7fff
    add r9, 0x8000
    add r9, -32768
    add r9, 0xffff
    add r9, 0x7fffffff
    add r9, 0x80000000
    add r9, -0x80000000
    add r9, 0xffffffff
    add r9, 0x100000000
    add r9, -2
    add r9, [var]
    add [var], r9
    add r9, [rax+rbx*4+8]
    add [rax+rbx*4+8], r9
    add r9, [r12]
    add [r12], r9
    add r9, [rax*8]
    add [rax*8], r9
    add r9, [rsp]
    add [rsp], r9
    add qword [r12], 0x100000000
    add qword [r12], 127
    add qword [r12], -32768
    add qword [r12], 0
    add qword [r12], 1
    add qword [rax], -129
    add qword [rax], 0xffff
    add qword [rax], 128
    add qword [rax], 256
    add qword [rax], -128
    add qword [r8+r9*8-0x80], -32768
    add qword [r8+r9*8-0x80], -0x80000000
    add qword [r8+r9*8-0x80], 127
    add qword [r8+r9*8-0x80], 0xffffffff
    add qword [r8+r9*8-0x80], 0x7fffffff
    add qword [r13], -0x80000000
    add qword [r13], 0x80000000
    add qword [r13], -2
    add qword [r13], 0xffffffff
    add qword [r13], 128
    or cl, r15b
    or cl, ch
    or cl, 0
    or cl, 1
    or cl, -1
    or cl, 127
    or cl, 128
    or cl, -128
    or cl, -129
    or cl, 255
    or cl, 256
    or cl, 0x7fff
    or cl, 0x8000
    or cl, -32768
    or cl, 0xffff
    or cl, 0x7fffffff
    or cl, 0x80000000
    or cl, -0x80000000
    or cl, 0xffffffff
    or cl, 0x100000000
    or cl, -2
    or cl, [rbp-8]
    or [rbp-8], cl
    or cl, [var+4]
    or [var+4], cl
    or cl, [rax+rbx*4+8]
    or [rax+rbx*4+8], cl
    or cl, [rsi+0x7fffffff]
    or [rsi+0x7fffffff], cl
    or cl, [rax]
    or [rax], cl
    or dl, bl
    or dl, sil
    or dl, 0
    or dl, 1
    or dl, -1
    or dl, 127
    or dl, 128
    or dl, -128
    or dl, -129
    or dl, 255
    or dl, 256
    or dl, 0x7fff
    or dl, 0x8000
    or dl, -32768
    or dl, 0xffff
    or dl, 0x7fffffff
    or dl, 0x80000000
    or dl, -0x80000000
    or dl, 0xffffffff
    or dl, 0x100000000
    or dl, -2
    or dl, [rbx+rcx]
    or [rbx+rcx], dl
    or dl, [r13]
    or [r13], dl
    or dl, [rdi*2+1]
    or [rdi*2+1], dl
    or dl, [rax]
    or [rax], dl
    or dl, [rsi+0x7fffffff]
    or [rsi+0x7fffffff], dl
    or r15b, r8b
    or r15b, 0
    or r15b, 1
    or r15b, -1
    or r15b, 127
    or r15b, 128
    or r15b, -128
    or r15b, -129
    or r15b, 255
    or r15b, 256
    or r15b, 0x7fff
    or r15b, 0x8000
    or r15b, -32768
    or r15b, 0xffff
    or r15b, 0x7fffffff
    or r15b, 0x80000000
    or r15b, -0x80000000
    or r15b, 0xffffffff
    or r15b, 0x100000000
    or r15b, -2
    or r15b, [rbp]
    or [rbp], r15b
    or r15b, [rbp-8]
    or [rbp-8], r15b
    or r15b, [rsi+0x7fffffff]
    or [rsi+0x7fffffff], r15b
    or r15b, [rbx+rcx]
    or [rbx+rcx], r15b
    or r15b, [rax+rbx*4+8]
    or [rax+rbx*4+8], r15b
    or byte [rbx+rcx], 0xffffffff
    or byte [rbx+rcx], 0x8000
    or byte [rbx+rcx], 255
    or byte [rbx+rcx], -129
    or byte [rbx+rcx], 0xffff
    or byte [rsp+8], 255
    or byte [rsp+8], 0xffff
    or byte [rsp+8], -2
    or byte [rsp+8], -129
    or byte [rsp+8], 256
    or byte [rdi*2+1], -0x80000000
    or byte [rdi*2+1], -32768
    or byte [rdi*2+1], 0
    or byte [rdi*2+1], 0xffffffff
    or byte [rdi*2+1], 0xffff
    or byte [r8+r9*8-0x80], 256
    or byte [r8+r9*8-0x80], -0x80000000
    or byte [r8+r9*8-0x80], -2
    or byte [r8+r9*8-0x80], -129
    or byte [r8+r9*8-0x80], -32768
    or r14w, bp
    or r14w, r14w
    or r14w, 0
    or r14w, 1
    or r14w, -1
    or r14w, 127
    or r14w, 128
    or r14w, -128
    or r14w, -129
    or r14w, 255
    or r14w, 256
    or r14w, 0x7fff
    or r14w, 0x8000
    or r14w, -32768
    or r14w, 0xffff
    or r14w, 0x7fffffff
    or r14w, 0x80000000
    or r14w, -0x80000000
    or r14w, 0xffffffff
    or r14w, 0x100000000
    or r14w, -2
    or r14w, [rbp]
    or [rbp], r14w
    or r14w, [rsp+8]
    or [rsp+8], r14w
    or r14w, [r12]
    or [r12], r14w
    or r14w, [rcx*3]
    or [rcx*3], r14w
    or r14w, [var+4]
    or [var+4], r14w
    or bp, bx
    or bp, bp
    or bp, 0
    or bp, 1
    or bp, -1
    or bp, 127
    or bp, 128
    or bp, -128
    or bp, -129
    or bp, 255
    or bp, 256
    or bp, 0x7fff
    or bp, 0x8000
    or bp, -32768
    or bp, 0xffff
    or bp, 0x7fffffff
    or bp, 0x80000000
    or bp, -0x80000000
    or bp, 0xffffffff
    or bp, 0x100000000
    or bp, -2
    or bp, [rbx-129]
    or [rbx-129], bp
    or bp, [var+4]
    or [var+4], bp
    or bp, [rax]
    or [rax], bp
    or bp, [rcx*3]
    or [rcx*3], bp
    or bp, [rbx+rcx]
    or [rbx+rcx], bp
    or di, cx
    or di, r14w
    or di, 0
    or di, 1
    or di, -1
    or di, 127
    or di, 128
    or di, -128
    or di, -129
    or di, 255
    or di, 256
    or di, 0x7fff
    or di, 0x8000
    or di, -32768
    or di, 0xffff
    or di, 0x7fffffff
    or di, 0x80000000
    or di, -0x80000000
    or di, 0xffffffff
    or di, 0x100000000
    or di, -2
    or di, [0x10]
    or [0x10], di
    or di, [rbx-129]
    or [rbx-129], di
    or di, [var+4]
    or [var+4], di
    or di, [rax+rbx*4+8]
    or [rax+rbx*4+8], di
    or di, [rel var]
    or [rel var], di
    or word [rsp+rax], 0x80000000
    or word [rsp+rax], 0xffff
    or word [rsp+rax], -1
    or word [rsp+rax], -128
    or word [rsp+rax], 0xffffffff
    or word [rax*8], 128
    or word [rax*8], 0
    or word [rax*8], -2
    or word [rax*8], 0x80000000
    or word [rax*8], 0xffff
    or word [rbp], 128
    or word [rbp], -0x80000000
    or word [rbp], -32768
    or word [rbp], -2
    or word [rbp], 256
    or word [0x10], 0x100000000
    or word [0x10], 128
    or word [0x10], 0
    or word [0x10], 0xffffffff
    or word [0x10], 0xffff
    or r13d, edx
    or r13d, esi
    or r13d, 0
    or r13d, 1
    or r13d, -1
    or r13d, 127
    or r13d, 128
    or r13d, -128
    or r13d, -129
    or r13d, 255
    or r13d, 256
    or r13d, 0x7fff
    or r13d, 0x8000
    or r13d, -32768
    or r13d, 0xffff
    or r13d, 0x7fffffff
    or r13d, 0x80000000
    or r13d, -0x80000000
    or r13d, 0xffffffff
    or r13d, 0x100000000
    or r13d, -2
    or r13d, [rbx-129]
    or [rbx-129], r13d
    or r13d, [rsp+rax]
    or [rsp+rax], r13d
    or r13d, [rax]
    or [rax], r13d
    or r13d, [rbp-8]
    or [rbp-8], r13d
    or r13d, [rcx*3]
    or [rcx*3], r13d
    or ecx, esp
    or ecx, r8d
    or ecx, 0
    or ecx, 1
    or ecx, -1
    or ecx, 127
    or ecx, 128
    or ecx, -128
    or ecx, -129
    or ecx, 255
    or ecx, 256
    or ecx, 0x7fff
    or ecx, 0x8000
    or ecx, -32768
    or ecx, 0xffff
    or ecx, 0x7fffffff
    or ecx, 0x80000000
    or ecx, -0x80000000
    or ecx, 0xffffffff
    or ecx, 0x100000000
    or ecx, -2
    or ecx, [rsp+8]
    or [rsp+8], ecx
    or ecx, [r8+r9*8-0x80]
    or [r8+r9*8-0x80], ecx
    or ecx, [rax*8]
    or [rax*8], ecx
    or ecx, [rbp-8]
    or [rbp-8], ecx
    or ecx, [rel var]
    or [rel var], ecx
    or r8d, edx
    or r8d, eax
    or r8d, 0
    or r8d, 1
    or r8d, -1
    or r8d, 127
    or r8d, 128
    or r8d, -128
    or r8d, -129
    or r8d, 255
    or r8d, 256
    or r8d, 0x7fff
    or r8d, 0x8000
    or r8d, -32768
    or r8d, 0xffff
    or r8d, 0x7fffffff
    or r8d, 0x80000000
    or r8d, -0x80000000
    or r8d, 0xffffffff
    or r8d, 0x100000000
    or r8d, -2
    or r8d, [rbx+rcx]
    or [rbx+rcx], r8d
    or r8d, [var]
    or [var], r8d
    or r8d, [r8+r9*8-0x80]
    or [r8+r9*8-0x80], r8d
    or r8d, [rsi+0x7fffffff]
    or [rsi+0x7fffffff], r8d
    or r8d, [rel var]
    or [rel var], r8d
    or dword [rsi+0x7fffffff], 0xffffffff
    or dword [rsi+0x7fffffff], -2
    or dword [rsi+0x7fffffff], 0
    or dword [rsi+0x7fffffff], 0x80000000
    or dword [rsi+0x7fffffff], 0xffff
    or dword [r13], -128
    or dword [r13], 0
    or dword [r13], 128
    or dword [r13], -2
    or dword [r13], -1
    or dword [rdi*2+1], -0x80000000
    or dword [rdi*2+1], 127
    or dword [rdi*2+1], 1
    or dword [rdi*2+1], 0x8000
    or dword [rdi*2+1], -2
    or dword [rcx*3], 0xffffffff
    or dword [rcx*3], -2
    or dword [rcx*3], -0x80000000
    or dword [rcx*3], 127
    or dword [rcx*3], 0x80000000
    or r8, rbx
    or r8, rsp
    or r8, 0
    or r8, 1
    or r8, -1
    or r8, 127
    or r8, 128
    or r8, -128
    or r8, -129
    or r8, 255
    or r8, 256
    or r8, 0x7fff
    or r8, 0x8000
    or r8, -32768
    or r8, 0xffff
    or r8, 0x7fffffff
    or r8, 0x80000000
    or r8, -0x80000000
    or r8, 0xffffffff
    or r8, 0x100000000
    or r8, -2
    or r8, [rsp]
    or [rsp], r8
    or r8, [r12]
    or [r12], r8
    or r8, [rsi+0x7fffffff]
    or [rsi+0x7fffffff], r8
    or r8, [var]
    or [var], r8
    or r8, [rax]
    or [rax], r8
    or rax, r15
    or rax, rcx
    or rax, 0
    or rax, 1
    or rax, -1
    or rax, 127
    or rax, 128
    or rax, -128
    or rax, -129
    or rax, 255
    or rax, 256
    or rax, 0x7fff
    or rax, 0x8000
    or rax, -32768
    or rax, 0xffff
    or rax, 0x7fffffff
    or rax, 0x80000000
    or rax, -0x80000000
    or rax, 0xffffffff
    or rax, 0x100000000
    or rax, -2
    or rax, [var]
    or [var], rax
    or rax, [rax*8]
    or [rax*8], rax
    or rax, [rsi+0x7fffffff]
    or [rsi+0x7fffffff], rax
    or rax, [r8+r9*8-0x80]
    or [r8+r9*8-0x80], rax
    or rax, [rbx-129]
    or [rbx-129], rax
    or rbx, r13
    or rbx, rsp
    or rbx, 0
    or rbx, 1
    or rbx, -1
    or rbx, 127
    or rbx, 128
    or rbx, -128
    or rbx, -129
    or rbx, 255
    or rbx, 256
    or rbx, 0x7fff
    or rbx, 0x8000
    or rbx, -32768
    or rbx, 0xffff
    or rbx, 0x7fffffff
    or rbx, 0x80000000
    or rbx, -0x80000000
    or rbx, 0xffffffff
    or rbx, 0x100000000
    or rbx, -2
    or rbx, [var]
    or [var], rbx
    or rbx, [rsi+0x7fffffff]
    or [rsi+0x7fffffff], rbx
    or rbx, [rdi*2+1]
    or [rdi*2+1], rbx
    or rbx, [var+4]
    or [var+4], rbx
    or rbx, [rcx*3]
    or [rcx*3], rbx
    or qword [rsp+8], -129
    or qword [rsp+8], 0x80000000
    or qword [rsp+8], 128
    or qword [rsp+8], 0x7fffffff
    or qword [rsp+8], 1
    or qword [rsi+0x7fffffff], 0xffff
    or qword [rsi+0x7fffffff], 0x80000000
    or qword [rsi+0x7fffffff], 0x8000
    or qword [rsi+0x7fffffff], -1
    or qword [rsi+0x7fffffff], 0xffffffff
    or qword [rbp-8], 255
    or qword [rbp-8], 0x7fffffff
    or qword [rbp-8], -1
    or qword [rbp-8], -129
    or qword [rbp-8], 0x8000
    or qword [rdi*2+1], 0x7fff
    or qword [rdi*2+1], 127
    or qword [rdi*2+1], 128
    or qword [rdi*2+1], -32768
    or qword [rdi*2+1], -1
    adc ah, bl
    adc ah, cl
    adc ah, 0
    adc ah, 1
    adc ah, -1
    adc ah, 127
    adc ah, 128
    adc ah, -128
    adc ah, -129
    adc ah, 255
    adc ah, 256
    adc ah, 0x7fff
    adc ah, 0x8000
    adc ah, -32768
    adc ah, 0xffff
    adc ah, 0x7fffffff
    adc ah, 0x80000000
    adc ah, -0x80000000
    adc ah, 0xffffffff
    adc ah, 0x100000000
    adc ah, -2
    adc ah, [0x10]
    adc [0x10], ah
    adc ah, [var+4]
    adc [var+4], ah
    adc ah, [rax+rbx*4+8]
    adc [rax+rbx*4+8], ah
    adc ah, [rsp+8]
    adc [rsp+8], ah
    adc dl, r15b
    adc dl, spl
    adc dl, 0
    adc dl, 1
    adc dl, -1
    adc dl, 127
    adc dl, 128
    adc dl, -128
    adc dl, -129
    adc dl, 255
    adc dl, 256
    adc dl, 0x7fff
    adc dl, 0x8000
    adc dl, -32768
    adc dl, 0xffff
    adc dl, 0x7fffffff
    adc dl, 0x80000000
    adc dl, -0x80000000
    adc dl, 0xffffffff
    adc dl, 0x100000000
    adc dl, -2
    adc dl, [rsi+0x7fffffff]
    adc [rsi+0x7fffffff], dl
    adc dl, [0x10]
    adc [0x10], dl
    adc dl, [rax*8]
    adc [rax*8], dl
    adc dl, [rel var]
    adc [rel var], dl
    adc dl, [rbx-129]
    adc [rbx-129], dl
    adc bpl, r15b
    adc bpl, 0
    adc bpl, 1
    adc bpl, -1
    adc bpl, 127
    adc bpl, 128
    adc bpl, -128
    adc bpl, -129
    adc bpl, 255
    adc bpl, 256
    adc bpl, 0x7fff
    adc bpl, 0x8000
    adc bpl, -32768
    adc bpl, 0xffff
    adc bpl, 0x7fffffff
    adc bpl, 0x80000000
    adc bpl, -0x80000000
    adc bpl, 0xffffffff
    adc bpl, 0x100000000
    adc bpl, -2
    adc bpl, [rbp]
    adc [rbp], bpl
    adc bpl, [rbx+rcx]
    adc [rbx+rcx], bpl
    adc bpl, [rax]
    adc [rax], bpl
    adc bpl, [rax*8]
    adc [rax*8], bpl
    adc bpl, [var]
    adc [var], bpl
    adc byte [var], 0xffffffff
    adc byte [var], 0x7fff
    adc byte [var], -2
    adc byte [var], -1
    adc byte [var], 1
    adc byte [rax], 255
    adc byte [rax], 127
    adc byte [rax], -1
    adc byte [rax], 256
    adc byte [rax], 128
    adc byte [0x10], 1
    adc byte [0x10], -128
    adc byte [0x10], 256
    adc byte [0x10], 128
    adc byte [0x10], 0x7fffffff
    adc byte [rax*8], 0x7fffffff
    adc byte [rax*8], 256
    adc byte [rax*8], 0xffff
    adc byte [rax*8], 128
    adc byte [rax*8], 0x100000000
    adc r9w, cx
    adc r9w, sp
    adc r9w, 0
    adc r9w, 1
    adc r9w, -1
    adc r9w, 127
    adc r9w, 128
    adc r9w, -128
    adc r9w, -129
    adc r9w, 255
    adc r9w, 256
    adc r9w, 0x7fff
    adc r9w, 0x8000
    adc r9w, -32768
    adc r9w, 0xffff
    adc r9w, 0x7fffffff
    adc r9w, 0x80000000
    adc r9w, -0x80000000
    adc r9w, 0xffffffff
    adc r9w, 0x100000000
    adc r9w, -2
    adc r9w, [rsp]
    adc [rsp], r9w
    adc r9w, [rax+rbx*4+8]
    adc [rax+rbx*4+8], r9w
    adc r9w, [rel var]
    adc [rel var], r9w
    adc r9w, [rbp]
    adc [rbp], r9w
    adc r9w, [rbp-8]
    adc [rbp-8], r9w
    adc di, ax
    adc di, cx
    adc di, 0
    adc di, 1
    adc di, -1
    adc di, 127
    adc di, 128
    adc di, -128
    adc di, -129
    adc di, 255
    adc di, 256
    adc di, 0x7fff
    adc di, 0x8000
    adc di, -32768
    adc di, 0xffff
    adc di, 0x7fffffff
    adc di, 0x80000000
    adc di, -0x80000000
    adc di, 0xffffffff
    adc di, 0x100000000
    adc di, -2
    adc di, [rbp-8]
    adc [rbp-8], di
    adc di, [rbp]
    adc [rbp], di
    adc di, [rsp+8]
    adc [rsp+8], di
    adc di, [rcx*3]
    adc [rcx*3], di
    adc di, [rsp+rax]
    adc [rsp+rax], di
    adc bp, cx
    adc bp, di
    adc bp, 0
    adc bp, 1
    adc bp, -1
    adc bp, 127
    adc bp, 128
    adc bp, -128
    adc bp, -129
    adc bp, 255
    adc bp, 256
    adc bp, 0x7fff
    adc bp, 0x8000
    adc bp, -32768
    adc bp, 0xffff
    adc bp, 0x7fffffff
    adc bp, 0x80000000
    adc bp, -0x80000000
    adc bp, 0xffffffff
    adc bp, 0x100000000
    adc bp, -2
    adc bp, [rax]
    adc [rax], bp
    adc bp, [rax*8]
    adc [rax*8], bp
    adc bp, [rdi*2+1]
    adc [rdi*2+1], bp
    adc bp, [rel var]
    adc [rel var], bp
    adc bp, [rbp-8]
    adc [rbp-8], bp
    adc word [rcx*3], 255
    adc word [rcx*3], 127
    adc word [rcx*3], -128
    adc word [rcx*3], 256
    adc word [rcx*3], 0
    adc word [r13], -128
    adc word [r13], -129
    adc word [r13], 0x7fff
    adc word [r13], 0xffffffff
    adc word [r13], 256
    adc word [rsp], -129
    adc word [rsp], 0x7fff
    adc word [rsp], 0x80000000
    adc word [rsp], -128
    adc word [rsp], 128
    adc word [rsi+0x7fffffff], -32768
    adc word [rsi+0x7fffffff], 0
    adc word [rsi+0x7fffffff], 256
    adc word [rsi+0x7fffffff], 1
    adc word [rsi+0x7fffffff], 0x100000000
    adc eax, ebx
    adc eax, r8d
    adc eax, 0
    adc eax, 1
    adc eax, -1
    adc eax, 127
    adc eax, 128
    adc eax, -128
    adc eax, -129
    adc eax, 255
    adc eax, 256
    adc eax, 0x7fff
    adc eax, 0x8000
    adc eax, -32768
    adc eax, 0xffff
    adc eax, 0x7fffffff
    adc eax, 0x80000000
    adc eax, -0x80000000
    adc eax, 0xffffffff
    adc eax, 0x100000000
    adc eax, -2
    adc eax, [var+4]
    adc [var+4], eax
    adc eax, [rsp+8]
    adc [rsp+8], eax
    adc eax, [var]
    adc [var], eax
    adc eax, [r12]
    adc [r12], eax
    adc eax, [rel var]
    adc [rel var], eax
    adc r8d, r13d
    adc r8d, edi
    adc r8d, 0
    adc r8d, 1
    adc r8d, -1
    adc r8d, 127
    adc r8d, 128
    adc r8d, -128
    adc r8d, -129
    adc r8d, 255
    adc r8d, 256
    adc r8d, 0x7fff
    adc r8d, 0x8000
    adc r8d, -32768
    adc r8d, 0xffff
    adc r8d, 0x7fffffff
    adc r8d, 0x80000000
    adc r8d, -0x80000000
    adc r8d, 0xffffffff
    adc r8d, 0x100000000
    adc r8d, -2
    adc r8d, [rdi*2+1]
    adc [rdi*2+1], r8d
    adc r8d, [0x10]
    adc [0x10], r8d
    adc r8d, [rsi+0x7fffffff]
    adc [rsi+0x7fffffff], r8d
    adc r8d, [r13+r12*2]
    adc [r13+r12*2], r8d
    adc r8d, [rbx-129]
    adc [rbx-129], r8d
    adc r11d, ebx
    adc r11d, ebp
    adc r11d, 0
    adc r11d, 1
    adc r11d, -1
    adc r11d, 127
    adc r11d, 128
    adc r11d, -128
    adc r11d, -129
    adc r11d, 255
    adc r11d, 256
    adc r11d, 0x7fff
    adc r11d, 0x8000
    adc r11d, -32768
    adc r11d, 0xffff
    adc r11d, 0x7fffffff
    adc r11d, 0x80000000
    adc r11d, -0x80000000
    adc r11d, 0xffffffff
    adc r11d, 0x100000000
    adc r11d, -2
    adc r11d, [rbx-129]
    adc [rbx-129], r11d
    adc r11d, [r13]
    adc [r13], r11d
    adc r11d, [0x10]
    adc [0x10], r11d
    adc r11d, [rbx+rcx]
    adc [rbx+rcx], r11d
    adc r11d, [rsp]
    adc [rsp], r11d
    adc dword [r13], 0x7fffffff
    adc dword [r13], -128
    adc dword [r13], 1
    adc dword [r13], -1
    adc dword [r13], 0x8000
    adc dword [rax], 0xffff
    adc dword [rax], 0xffffffff
    adc dword [rax], 0x7fff
    adc dword [rax], 255
    adc dword [rax], -32768
    adc dword [rbp], 0x7fff
    adc dword [rbp], 1
    adc dword [rbp], 0x80000000
    adc dword [rbp], -128
    adc dword [rbp], -1
    adc dword [rbp-8], 256
    adc dword [rbp-8], 0x80000000
    adc dword [rbp-8], 0
    adc dword [rbp-8], -2
    adc dword [rbp-8], -128
    adc rbp, rbx
    adc rbp, rax
    adc rbp, 0
    adc rbp, 1
    adc rbp, -1
    adc rbp, 127
    adc rbp, 128
    adc rbp, -128
    adc rbp, -129
    adc rbp, 255
    adc rbp, 256
    adc rbp, 0x7fff
    adc rbp, 0x8000
    adc rbp, -32768
    adc rbp, 0xffff
    adc rbp, 0x7fffffff
    adc rbp, 0x80000000
    adc rbp, -0x80000000
    adc rbp, 0xffffffff
    adc rbp, 0x100000000
    adc rbp, -2
    adc rbp, [r13+r12*2]
    adc [r13+r12*2], rbp
    adc rbp, [rbx-129]
    adc [rbx-129], rbp
    adc rbp, [rbx+rcx]
    adc [rbx+rcx], rbp
    adc rbp, [rax+rbx*4+8]
    adc [rax+rbx*4+8], rbp
    adc rbp, [rax]
    adc [rax], rbp
    adc r8, rbp
    adc r8, rsi
    adc r8, 0
    adc r8, 1
    adc r8, -1
    adc r8, 127
    adc r8, 128
    adc r8, -128
    adc r8, -129
    adc r8, 255
    adc r8, 256
    adc r8, 0x7fff
    adc r8, 0x8000
    adc r8, -32768
    adc r8, 0xffff
    adc r8, 0x7fffffff
    adc r8, 0x80000000
    adc r8, -0x80000000
    adc r8, 0xffffffff
    adc r8, 0x100000000
    adc r8, -2
    adc r8, [rbp]
    adc [rbp], r8
    adc r8, [var+4]
    adc [var+4], r8
    adc r8, [rbp-8]
    adc [rbp-8], r8
    adc r8, [rsi+0x7fffffff]
    adc [rsi+0x7fffffff], r8
    adc r8, [rbx-129]
    adc [rbx-129], r8
    adc r15, rbx
    adc r15, r8
    adc r15, 0
    adc r15, 1
    adc r15, -1
    adc r15, 127
    adc r15, 128
    adc r15, -128
    adc r15, -129
    adc r15, 255
    adc r15, 256
    adc r15, 0x7fff
    adc r15, 0x8000
    adc r15, -32768
    adc r15, 0xffff
    adc r15, 0x7fffffff
    adc r15, 0x80000000
    adc r15, -0x80000000
    adc r15, 0xffffffff
    adc r15, 0x100000000
    adc r15, -2
    adc r15, [rax]
    adc [rax], r15
    adc r15, [rbp]
    adc [rbp], r15
    adc r15, [rbp-8]
    adc [rbp-8], r15
    adc r15, [rcx*3]
    adc [rcx*3], r15
    adc r15, [r13]
    adc [r13], r15
    adc qword [0x10], 0
    adc qword [0x10], 0x7fff
    adc qword [0x10], 0x100000000
    adc qword [0x10], 255
    adc qword [0x10], 1
    adc qword [r8+r9*8-0x80], -2
    adc qword [r8+r9*8-0x80], 0xffffffff
    adc qword [r8+r9*8-0x80], 128
    adc qword [r8+r9*8-0x80], 0xffff
    adc qword [r8+r9*8-0x80], -0x80000000
    adc qword [rsp], 0x8000
    adc qword [rsp], -0x80000000
    adc qword [rsp], 128
    adc qword [rsp], 0x7fff
    adc qword [rsp], -32768
    adc qword [rsp+rax], 128
    adc qword [rsp+rax], 1
    adc qword [rsp+rax], 0xffffffff
    adc qword [rsp+rax], 0x7fffffff
    adc qword [rsp+rax], -32768
    sbb r15b, sil
    sbb r15b, r15b
    sbb r15b, 0
    sbb r15b, 1
    sbb r15b, -1
    sbb r15b, 127
    sbb r15b, 128
    sbb r15b, -128
    sbb r15b, -129
    sbb r15b, 255
    sbb r15b, 256
    sbb r15b, 0x7fff
    sbb r15b, 0x8000
    sbb r15b, -32768
    sbb r15b, 0xffff
    sbb r15b, 0x7fffffff
    sbb r15b, 0x80000000
    sbb r15b, -0x80000000
    sbb r15b, 0xffffffff
    sbb r15b, 0x100000000
    sbb r15b, -2
    sbb r15b, [r8+r9*8-0x80]
    sbb [r8+r9*8-0x80], r15b
    sbb r15b, [rax]
    sbb [rax], r15b
    sbb r15b, [rsp+rax]
    sbb [rsp+rax], r15b
    sbb r15b, [rsp+8]
    sbb [rsp+8], r15b
    sbb r15b, [rbp]
    sbb [rbp], r15b
    sbb sil, al
    sbb sil, r15b
    sbb sil, 0
    sbb sil, 1
    sbb sil, -1
    sbb sil, 127
    sbb sil, 128
    sbb sil, -128
    sbb sil, -129
    sbb sil, 255
    sbb sil, 256
    sbb sil, 0x7fff
    sbb sil, 0x8000
    sbb sil, -32768
    sbb sil, 0xffff
    sbb sil, 0x7fffffff
    sbb sil, 0x80000000
    sbb sil, -0x80000000
    sbb sil, 0xffffffff
    sbb sil, 0x100000000
    sbb sil, -2
    sbb sil, [r13]
    sbb [r13], sil
    sbb sil, [rbx+rcx]
    sbb [rbx+rcx], sil
    sbb sil, [r12]
    sbb [r12], sil
    sbb sil, [0x10]
    sbb [0x10], sil
    sbb sil, [var]
    sbb [var], sil
    sbb dl, sil
    sbb dl, al
    sbb dl, 0
    sbb dl, 1
    sbb dl, -1
    sbb dl, 127
    sbb dl, 128
    sbb dl, -128
    sbb dl, -129
    sbb dl, 255
    sbb dl, 256
    sbb dl, 0x7fff
    sbb dl, 0x8000
    sbb dl, -32768
    sbb dl, 0xffff
    sbb dl, 0x7fffffff
    sbb dl, 0x80000000
    sbb dl, -0x80000000
    sbb dl, 0xffffffff
    sbb dl, 0x100000000
    sbb dl, -2
    sbb dl, [rsp+rax]
    sbb [rsp+rax], dl
    sbb dl, [rax]
    sbb [rax], dl
    sbb dl, [rdi*2+1]
    sbb [rdi*2+1], dl
    sbb dl, [rsp+8]
    sbb [rsp+8], dl
    sbb dl, [var+4]
    sbb [var+4], dl
    sbb byte [rbp-8], 0xffffffff
    sbb byte [rbp-8], 0x100000000
    sbb byte [rbp-8], -1
    sbb byte [rbp-8], -2
    sbb byte [rbp-8], -32768
    sbb byte [rax], -0x80000000
    sbb byte [rax], 256
    sbb byte [rax], -1
    sbb byte [rax], 0x100000000
    sbb byte [rax], 127
    sbb byte [var], -129
    sbb byte [var], 255
    sbb byte [var], 0x80000000
    sbb byte [var], -0x80000000
    sbb byte [var], 0x7fffffff
    sbb byte [rbp], 0xffff
    sbb byte [rbp], -1
    sbb byte [rbp], -0x80000000
    sbb byte [rbp], 0x7fff
    sbb byte [rbp], -2
    sbb ax, r14w
    sbb ax, dx
    sbb ax, 0
    sbb ax, 1
    sbb ax, -1
    sbb ax, 127
    sbb ax, 128
    sbb ax, -128
    sbb ax, -129
    sbb ax, 255
    sbb ax, 256
    sbb ax, 0x7fff
    sbb ax, 0x8000
    sbb ax, -32768
    sbb ax, 0xffff
    sbb ax, 0x7fffffff
    sbb ax, 0x80000000
    sbb ax, -0x80000000
    sbb ax, 0xffffffff
    sbb ax, 0x100000000
    sbb ax, -2
    sbb ax, [rax*8]
    sbb [rax*8], ax
    sbb ax, [rbp-8]
    sbb [rbp-8], ax
    sbb ax, [r13+r12*2]
    sbb [r13+r12*2], ax
    sbb ax, [r13]
    sbb [r13], ax
    sbb ax, [rax]
    sbb [rax], ax
    sbb bx, di
    sbb bx, ax
    sbb bx, 0
    sbb bx, 1
    sbb bx, -1
    sbb bx, 127
    sbb bx, 128
    sbb bx, -128
    sbb bx, -129
    sbb bx, 255
    sbb bx, 256
    sbb bx, 0x7fff
    sbb bx, 0x8000
    sbb bx, -32768
    sbb bx, 0xffff
    sbb bx, 0x7fffffff
    sbb bx, 0x80000000
    sbb bx, -0x80000000
    sbb bx, 0xffffffff
    sbb bx, 0x100000000
    sbb bx, -2
    sbb bx, [var+4]
    sbb [var+4], bx
    sbb bx, [rbp-8]
    sbb [rbp-8], bx
    sbb bx, [r12]
    sbb [r12], bx
    sbb bx, [rbx-129]
    sbb [rbx-129], bx
    sbb bx, [rsp+rax]
    sbb [rsp+rax], bx
    sbb cx, sp
    sbb cx, r9w
    sbb cx, 0
    sbb cx, 1
    sbb cx, -1
    sbb cx, 127
    sbb cx, 128
    sbb cx, -128
    sbb cx, -129
    sbb cx, 255
    sbb cx, 256
    sbb cx, 0x7fff
    sbb cx, 0x8000
    sbb cx, -32768
    sbb cx, 0xffff
    sbb cx, 0x7fffffff
    sbb cx, 0x80000000
    sbb cx, -0x80000000
    sbb cx, 0xffffffff
    sbb cx, 0x100000000
    sbb cx, -2
    sbb cx, [r13+r12*2]
    sbb [r13+r12*2], cx
    sbb cx, [var]
    sbb [var], cx
    sbb cx, [rcx*3]
    sbb [rcx*3], cx
    sbb cx, [r8+r9*8-0x80]
    sbb [r8+r9*8-0x80], cx
    sbb cx, [r12]
    sbb [r12], cx
    sbb word [rdi*2+1], -0x80000000
    sbb word [rdi*2+1], 0
    sbb word [rdi*2+1], 0x7fff
    sbb word [rdi*2+1], 0x80000000
    sbb word [rdi*2+1], 1
    sbb word [rbx-129], 0xffffffff
    sbb word [rbx-129], 0x80000000
    sbb word [rbx-129], 256
    sbb word [rbx-129], 0xffff
    sbb word [rbx-129], 127
    sbb word [r13+r12*2], -129
    sbb word [r13+r12*2], -1
    sbb word [r13+r12*2], 0x100000000
    sbb word [r13+r12*2], 128
    sbb word [r13+r12*2], -32768
    sbb word [rbp], 0xffffffff
    sbb word [rbp], 256
    sbb word [rbp], -32768
    sbb word [rbp], 128
    sbb word [rbp], 0x7fff
    sbb r13d, ecx
    sbb r13d, ebp
    sbb r13d, 0
    sbb r13d, 1
    sbb r13d, -1
    sbb r13d, 127
    sbb r13d, 128
    sbb r13d, -128
    sbb r13d, -129
    sbb r13d, 255
    sbb r13d, 256
    sbb r13d, 0x7fff
    sbb r13d, 0x8000
    sbb r13d, -32768
    sbb r13d, 0xffff
    sbb r13d, 0x7fffffff
    sbb r13d, 0x80000000
    sbb r13d, -0x80000000
    sbb r13d, 0xffffffff
    sbb r13d, 0x100000000
    sbb r13d, -2
    sbb r13d, [rsp+8]
    sbb [rsp+8], r13d
    sbb r13d, [var+4]
    sbb [var+4], r13d
    sbb r13d, [rcx*3]
    sbb [rcx*3], r13d
    sbb r13d, [0x10]
    sbb [0x10], r13d
    sbb r13d, [rax]
    sbb [rax], r13d
    sbb r8d, edx
    sbb r8d, eax
    sbb r8d, 0
    sbb r8d, 1
    sbb r8d, -1
    sbb r8d, 127
    sbb r8d, 128
    sbb r8d, -128
    sbb r8d, -129
    sbb r8d, 255
    sbb r8d, 256
    sbb r8d, 0x7fff
    sbb r8d, 0x8000
    sbb r8d, -32768
    sbb r8d, 0xffff
    sbb r8d, 0x7fffffff
    sbb r8d, 0x80000000
    sbb r8d, -0x80000000
    sbb r8d, 0xffffffff
    sbb r8d, 0x100000000
    sbb r8d, -2
    sbb r8d, [var+4]
    sbb [var+4], r8d
    sbb r8d, [var]
    sbb [var], r8d
    sbb r8d, [0x10]
    sbb [0x10], r8d
    sbb r8d, [r13+r12*2]
    sbb [r13+r12*2], r8d
    sbb r8d, [r13]
    sbb [r13], r8d
    sbb esp, esi
    sbb esp, ebp
    sbb esp, 0
    sbb esp, 1
    sbb esp, -1
    sbb esp, 127
    sbb esp, 128
    sbb esp, -128
    sbb esp, -129
    sbb esp, 255
    sbb esp, 256
    sbb esp, 0x7fff
    sbb esp, 0x8000
    sbb esp, -32768
    sbb esp, 0xffff
    sbb esp, 0x7fffffff
    sbb esp, 0x80000000
    sbb esp, -0x80000000
    sbb esp, 0xffffffff
    sbb esp, 0x100000000
    sbb esp, -2
    sbb esp, [0x10]
    sbb [0x10], esp
    sbb esp, [rax*8]
    sbb [rax*8], esp
    sbb esp, [r12]
    sbb [r12], esp
    sbb esp, [rcx*3]
    sbb [rcx*3], esp
    sbb esp, [rax]
    sbb [rax], esp
    sbb dword [rax*8], -129
    sbb dword [rax*8], 0
    sbb dword [rax*8], 0x7fff
    sbb dword [rax*8], 256
    sbb dword [rax*8], -128
    sbb dword [rsp+rax], -1
    sbb dword [rsp+rax], 0xffff
    sbb dword [rsp+rax], 0x100000000
    sbb dword [rsp+rax], -2
    sbb dword [rsp+rax], -128
    sbb dword [0x10], 0x7fffffff
    sbb dword [0x10], 256
    sbb dword [0x10], 1
    sbb dword [0x10], 0x100000000
    sbb dword [0x10], 0xffffffff
    sbb dword [r12], 1
    sbb dword [r12], 0x7fff
    sbb dword [r12], 128
    sbb dword [r12], 255
    sbb dword [r12], 0xffffffff
    sbb rsi, rbx
    sbb rsi, rbp
    sbb rsi, 0
    sbb rsi, 1
    sbb rsi, -1
    sbb rsi, 127
    sbb rsi, 128
    sbb rsi, -128
    sbb rsi, -129
    sbb rsi, 255
    sbb rsi, 256
    sbb rsi, 0x7fff
    sbb rsi, 0x8000
    sbb rsi, -32768
    sbb rsi, 0xffff
    sbb rsi, 0x7fffffff
    sbb rsi, 0x80000000
    sbb rsi, -0x80000000
    sbb rsi, 0xffffffff
    sbb rsi, 0x100000000
    sbb rsi, -2
    sbb rsi, [rel var]
    sbb [rel var], rsi
    sbb rsi, [rax]
    sbb [rax], rsi
    sbb rsi, [0x10]
    sbb [0x10], rsi
    sbb rsi, [rdi*2+1]
    sbb [rdi*2+1], rsi
    sbb rsi, [rbx-129]
    sbb [rbx-129], rsi
    sbb r8, r13
    sbb r8, rcx
    sbb r8, 0
    sbb r8, 1
    sbb r8, -1
    sbb r8, 127
    sbb r8, 128
    sbb r8, -128
    sbb r8, -129
    sbb r8, 255
    sbb r8, 256
    sbb r8, 0x7fff
    sbb r8, 0x8000
    sbb r8, -32768
    sbb r8, 0xffff
    sbb r8, 0x7fffffff
    sbb r8, 0x80000000
    sbb r8, -0x80000000
    sbb r8, 0xffffffff
    sbb r8, 0x100000000
    sbb r8, -2
    sbb r8, [rsp]
    sbb [rsp], r8
    sbb r8, [rel var]
    sbb [rel var], r8
    sbb r8, [var]
    sbb [var], r8
    sbb r8, [r13]
    sbb [r13], r8
    sbb r8, [r13+r12*2]
    sbb [r13+r12*2], r8
    sbb rbp, rdi
    sbb rbp, rax
    sbb rbp, 0
    sbb rbp, 1
    sbb rbp, -1
    sbb rbp, 127
    sbb rbp, 128
    sbb rbp, -128
    sbb rbp, -129
    sbb rbp, 255
    sbb rbp, 256
    sbb rbp, 0x7fff
    sbb rbp, 0x8000
    sbb rbp, -32768
    sbb rbp, 0xffff
    sbb rbp, 0x7fffffff
    sbb rbp, 0x80000000
    sbb rbp, -0x80000000
    sbb rbp, 0xffffffff
    sbb rbp, 0x100000000
    sbb rbp, -2
    sbb rbp, [rdi*2+1]
    sbb [rdi*2+1], rbp
    sbb rbp, [r13]
    sbb [r13], rbp
    sbb rbp, [rax+rbx*4+8]
    sbb [rax+rbx*4+8], rbp
    sbb rbp, [var+4]
    sbb [var+4], rbp
    sbb rbp, [rel var]
    sbb [rel var], rbp
    sbb qword [rax*8], 256
    sbb qword [rax*8], 0xffff
    sbb qword [rax*8], 255
    sbb qword [rax*8], 0x7fff
    sbb qword [rax*8], 0xffffffff
    sbb qword [r13+r12*2], 0x100000000
    sbb qword [r13+r12*2], 0xffff
    sbb qword [r13+r12*2], 127
    sbb qword [r13+r12*2], -128
    sbb qword [r13+r12*2], 0x8000
    sbb qword [rcx*3], -128
    sbb qword [rcx*3], -1
    sbb qword [rcx*3], -129
    sbb qword [rcx*3], -0x80000000
    sbb qword [rcx*3], 256
    sbb qword [rbp-8], 255
    sbb qword [rbp-8], 0x80000000
    sbb qword [rbp-8], 0x8000
    sbb qword [rbp-8], 0x100000000
    sbb qword [rbp-8], -129
    and dl, bl
    and dl, cl
    and dl, 0
    and dl, 1
    and dl, -1
    and dl, 127
    and dl, 128
    and dl, -128
    and dl, -129
    and dl, 255
    and dl, 256
    and dl, 0x7fff
    and dl, 0x8000
    and dl, -32768
    and dl, 0xffff
    and dl, 0x7fffffff
    and dl, 0x80000000
    and dl, -0x80000000
    and dl, 0xffffffff
    and dl, 0x100000000
    and dl, -2
    and dl, [rax+rbx*4+8]
    and [rax+rbx*4+8], dl
    and dl, [rax*8]
    and [rax*8], dl
    and dl, [rdi*2+1]
    and [rdi*2+1], dl
    and dl, [rbp]
    and [rbp], dl
    and dl, [rcx*3]
    and [rcx*3], dl
    and sil, bl
    and sil, 0
    and sil, 1
    and sil, -1
    and sil, 127
    and sil, 128
    and sil, -128
    and sil, -129
    and sil, 255
    and sil, 256
    and sil, 0x7fff
    and sil, 0x8000
    and sil, -32768
    and sil, 0xffff
    and sil, 0x7fffffff
    and sil, 0x80000000
    and sil, -0x80000000
    and sil, 0xffffffff
    and sil, 0x100000000
    and sil, -2
    and sil, [rbp-8]
    and [rbp-8], sil
    and sil, [r8+r9*8-0x80]
    and [r8+r9*8-0x80], sil
    and sil, [rbx-129]
    and [rbx-129], sil
    and sil, [rax]
    and [rax], sil
    and sil, [rel var]
    and [rel var], sil
    and bl, spl
    and bl, r15b
    and bl, 0
    and bl, 1
    and bl, -1
    and bl, 127
    and bl, 128
    and bl, -128
    and bl, -129
    and bl, 255
    and bl, 256
    and bl, 0x7fff
    and bl, 0x8000
    and bl, -32768
    and bl, 0xffff
    and bl, 0x7fffffff
    and bl, 0x80000000
    and bl, -0x80000000
    and bl, 0xffffffff
    and bl, 0x100000000
    and bl, -2
    and bl, [rsi+0x7fffffff]
    and [rsi+0x7fffffff], bl
    and bl, [rbx-129]
    and [rbx-129], bl
    and bl, [0x10]
    and [0x10], bl
    and bl, [rbp-8]
    and [rbp-8], bl
    and bl, [rax*8]
    and [rax*8], bl
    and byte [rsp], 128
    and byte [rsp], 0xffffffff
    and byte [rsp], 0x100000000
    and byte [rsp], -129
    and byte [rsp], 1
    and byte [var+4], 256
    and byte [var+4], 255
    and byte [var+4], 0xffff
    and byte [var+4], 0xffffffff
    and byte [var+4], 0x8000
    and byte [rbp-8], 0x80000000
    and byte [rbp-8], 0x7fffffff
    and byte [rbp-8], 0x7fff
    and byte [rbp-8], 0
    and byte [rbp-8], -1
    and byte [rbx+rcx], 1
    and byte [rbx+rcx], 0x7fffffff
    and byte [rbx+rcx], -0x80000000
    and byte [rbx+rcx], 0xffffffff
    and byte [rbx+rcx], 0
    and cx, di
    and cx, bx
    and cx, 0
    and cx, 1
    and cx, -1
    and cx, 127
    and cx, 128
    and cx, -128
    and cx, -129
    and cx, 255
    and cx, 256
    and cx, 0x7fff
    and cx, 0x8000
    and cx, -32768
    and cx, 0xffff
    and cx, 0x7fffffff
    and cx, 0x80000000
    and cx, -0x80000000
    and cx, 0xffffffff
    and cx, 0x100000000
    and cx, -2
    and cx, [r12]
    and [r12], cx
    and cx, [rsp+8]
    and [rsp+8], cx
    and cx, [r13]
    and [r13], cx
    and cx, [r8+r9*8-0x80]
    and [r8+r9*8-0x80], cx
    and cx, [rsi+0x7fffffff]
    and [rsi+0x7fffffff], cx
    and si, cx
    and si, di
    and si, 0
    and si, 1
    and si, -1
    and si, 127
    and si, 128
    and si, -128
    and si, -129
    and si, 255
    and si, 256
    and si, 0x7fff
    and si, 0x8000
    and si, -32768
    and si, 0xffff
    and si, 0x7fffffff
    and si, 0x80000000
    and si, -0x80000000
    and si, 0xffffffff
    and si, 0x100000000
    and si, -2
    and si, [rbp]
    and [rbp], si
    and si, [rdi*2+1]
    and [rdi*2+1], si
    and si, [rsp]
    and [rsp], si
    and si, [rax]
    and [rax], si
    and si, [r13]
    and [r13], si
    and di, bx
    and di, ax
    and di, 0
    and di, 1
    and di, -1
    and di, 127
    and di, 128
    and di, -128
    and di, -129
    and di, 255
    and di, 256
    and di, 0x7fff
    and di, 0x8000
    and di, -32768
    and di, 0xffff
    and di, 0x7fffffff
    and di, 0x80000000
    and di, -0x80000000
    and di, 0xffffffff
    and di, 0x100000000
    and di, -2
    and di, [rsp+rax]
    and [rsp+rax], di
    and di, [r13+r12*2]
    and [r13+r12*2], di
    and di, [r13]
    and [r13], di
    and di, [rbp-8]
    and [rbp-8], di
    and di, [rsi+0x7fffffff]
    and [rsi+0x7fffffff], di
    and word [rsp+rax], -1
    and word [rsp+rax], 0x7fff
    and word [rsp+rax], 0xffffffff
    and word [rsp+rax], -129
    and word [rsp+rax], -0x80000000
    and word [rel var], 256
    and word [rel var], 255
    and word [rel var], 0
    and word [rel var], 0xffffffff
    and word [rel var], -2
    and word [r12], 0x7fff
    and word [r12], 0x80000000
    and word [r12], 256
    and word [r12], 0x8000
    and word [r12], -0x80000000
    and word [r8+r9*8-0x80], 255
    and word [r8+r9*8-0x80], -0x80000000
    and word [r8+r9*8-0x80], 0xffffffff
    and word [r8+r9*8-0x80], -2
    and word [r8+r9*8-0x80], 256
    and ebx, r13d
    and ebx, esp
    and ebx, 0
    and ebx, 1
    and ebx, -1
    and ebx, 127
    and ebx, 128
    and ebx, -128
    and ebx, -129
    and ebx, 255
    and ebx, 256
    and ebx, 0x7fff
    and ebx, 0x8000
    and ebx, -32768
    and ebx, 0xffff
    and ebx, 0x7fffffff
    and ebx, 0x80000000
    and ebx, -0x80000000
    and ebx, 0xffffffff
    and ebx, 0x100000000
    and ebx, -2
    and ebx, [rsp]
    and [rsp], ebx
    and ebx, [rax]
    and [rax], ebx
    and ebx, [rbx-129]
    and [rbx-129], ebx
    and ebx, [var+4]
    and [var+4], ebx
    and ebx, [rel var]
    and [rel var], ebx
    and eax, ecx
    and eax, esp
    and eax, 0
    and eax, 1
    and eax, -1
    and eax, 127
    and eax, 128
    and eax, -128
    and eax, -129
    and eax, 255
    and eax, 256
    and eax, 0x7fff
    and eax, 0x8000
    and eax, -32768
    and eax, 0xffff
    and eax, 0x7fffffff
    and eax, 0x80000000
    and eax, -0x80000000
    and eax, 0xffffffff
    and eax, 0x100000000
    and eax, -2
    and eax, [rsp+8]
    and [rsp+8], eax
    and eax, [rel var]
    and [rel var], eax
    and eax, [rbx+rcx]
    and [rbx+rcx], eax
    and eax, [rsp+rax]
    and [rsp+rax], eax
    and eax, [var+4]
    and [var+4], eax
    and esi, eax
    and esi, ebp
    and esi, 0
    and esi, 1
    and esi, -1
    and esi, 127
    and esi, 128
    and esi, -128
    and esi, -129
    and esi, 255
    and esi, 256
    and esi, 0x7fff
    and esi, 0x8000
    and esi, -32768
    and esi, 0xffff
    and esi, 0x7fffffff
    and esi, 0x80000000
    and esi, -0x80000000
    and esi, 0xffffffff
    and esi, 0x100000000
    and esi, -2
    and esi, [rel var]
    and [rel var], esi
    and esi, [rbx+rcx]
    and [rbx+rcx], esi
    and esi, [0x10]
    and [0x10], esi
    and esi, [rbx-129]
    and [rbx-129], esi
    and esi, [rax]
    and [rax], esi
    and dword [r13+r12*2], -0x80000000
    and dword [r13+r12*2], -129
    and dword [r13+r12*2], 0x7fff
    and dword [r13+r12*2], 0x100000000
    and dword [r13+r12*2], 127
    and dword [rsi+0x7fffffff], 0x80000000
    and dword [rsi+0x7fffffff], 255
    and dword [rsi+0x7fffffff], 256
    and dword [rsi+0x7fffffff], 0x7fff
    and dword [rsi+0x7fffffff], 1
    and dword [rbp], -0x80000000
    and dword [rbp], -128
    and dword [rbp], 255
    and dword [rbp], -2
    and dword [rbp], -129
    and dword [rbx-129], 1
    and dword [rbx-129], 128
    and dword [rbx-129], 0xffff
    and dword [rbx-129], -2
    and dword [rbx-129], 127
    and rax, rsi
    and rax, rax
    and rax, 0
    and rax, 1
    and rax, -1
    and rax, 127
    and rax, 128
    and rax, -128
    and rax, -129
    and rax, 255
    and rax, 256
    and rax, 0x7fff
    and rax, 0x8000
    and rax, -32768
    and rax, 0xffff
    and rax, 0x7fffffff
    and rax, 0x80000000
    and rax, -0x80000000
    and rax, 0xffffffff
    and rax, 0x100000000
    and rax, -2
    and rax, [rsp]
    and [rsp], rax
    and rax, [rax+rbx*4+8]
    and [rax+rbx*4+8], rax
    and rax, [0x10]
    and [0x10], rax
    and rax, [var]
    and [var], rax
    and rax, [rax*8]
    and [rax*8], rax
    and r9, r13
    and r9, rcx
    and r9, 0
    and r9, 1
    and r9, -1
    and r9, 127
    and r9, 128
    and r9, -128
    and r9, -129
    and r9, 255
    and r9, 256
    and r9, 0x7fff
    and r9, 0x8000
    and r9, -32768
    and r9, 0xffff
    and r9, 0x7fffffff
    and r9, 0x80000000
    and r9, -0x80000000
    and r9, 0xffffffff
    and r9, 0x100000000
    and r9, -2
    and r9, [rbp]
    and [rbp], r9
    and r9, [rax+rbx*4+8]
    and [rax+rbx*4+8], r9
    and r9, [rax*8]
    and [rax*8], r9
    and r9, [rbx-129]
    and [rbx-129], r9
    and r9, [rcx*3]
    and [rcx*3], r9
    and rdx, r12
    and rdx, r8
    and rdx, 0
    and rdx, 1
    and rdx, -1
    and rdx, 127
    and rdx, 128
    and rdx, -128
    and rdx, -129
    and rdx, 255
    and rdx, 256
    and rdx, 0x7fff
    and rdx, 0x8000
    and rdx, -32768
    and rdx, 0xffff
    and rdx, 0x7fffffff
    and rdx, 0x80000000
    and rdx, -0x80000000
    and rdx, 0xffffffff
    and rdx, 0x100000000
    and rdx, -2
    and rdx, [var]
    and [var], rdx
    and rdx, [rsp]
    and [rsp], rdx
    and rdx, [r13+r12*2]
    and [r13+r12*2], rdx
    and rdx, [0x10]
    and [0x10], rdx
    and rdx, [rbx+rcx]
    and [rbx+rcx], rdx
    and qword [rax*8], 0
    and qword [rax*8], -1
    and qword [rax*8], 256
    and qword [rax*8], 0x100000000
    and qword [rax*8], -128
    and qword [var], 0x7fffffff
    and qword [var], 127
    and qword [var], -129
    and qword [var], 0xffff
    and qword [var], -128
    and qword [rax+rbx*4+8], 0x7fff
    and qword [rax+rbx*4+8], 0x7fffffff
    and qword [rax+rbx*4+8], -1
    and qword [rax+rbx*4+8], 1
    and qword [rax+rbx*4+8], -32768
    and qword [r12], -0x80000000
    and qword [r12], -129
    and qword [r12], -32768
    and qword [r12], 0x80000000
    and qword [r12], 127
    sub ch, al
    sub ch, 0
    sub ch, 1
    sub ch, -1
    sub ch, 127
    sub ch, 128
    sub ch, -128
    sub ch, -129
    sub ch, 255
    sub ch, 256
    sub ch, 0x7fff
    sub ch, 0x8000
    sub ch, -32768
    sub ch, 0xffff
    sub ch, 0x7fffffff
    sub ch, 0x80000000
    sub ch, -0x80000000
    sub ch, 0xffffffff
    sub ch, 0x100000000
    sub ch, -2
    sub ch, [rel var]
    sub [rel var], ch
    sub ch, [rsp+8]
    sub [rsp+8], ch
    sub ch, [0x10]
    sub [0x10], ch
    sub ch, [rsp]
    sub [rsp], ch
    sub r15b, al
    sub r15b, bpl
    sub r15b, 0
    sub r15b, 1
    sub r15b, -1
    sub r15b, 127
    sub r15b, 128
    sub r15b, -128
    sub r15b, -129
    sub r15b, 255
    sub r15b, 256
    sub r15b, 0x7fff
    sub r15b, 0x8000
    sub r15b, -32768
    sub r15b, 0xffff
    sub r15b, 0x7fffffff
    sub r15b, 0x80000000
    sub r15b, -0x80000000
    sub r15b, 0xffffffff
    sub r15b, 0x100000000
    sub r15b, -2
    sub r15b, [rbp]
    sub [rbp], r15b
    sub r15b, [rsp]
    sub [rsp], r15b
    sub r15b, [rbp-8]
    sub [rbp-8], r15b
    sub r15b, [rbx-129]
    sub [rbx-129], r15b
    sub r15b, [rsp+rax]
    sub [rsp+rax], r15b
    sub bpl, dil
    sub bpl, 0
    sub bpl, 1
    sub bpl, -1
    sub bpl, 127
    sub bpl, 128
    sub bpl, -128
    sub bpl, -129
    sub bpl, 255
    sub bpl, 256
    sub bpl, 0x7fff
    sub bpl, 0x8000
    sub bpl, -32768
    sub bpl, 0xffff
    sub bpl, 0x7fffffff
    sub bpl, 0x80000000
    sub bpl, -0x80000000
    sub bpl, 0xffffffff
    sub bpl, 0x100000000
    sub bpl, -2
    sub bpl, [rbx+rcx]
    sub [rbx+rcx], bpl
    sub bpl, [rbp-8]
    sub [rbp-8], bpl
    sub bpl, [rax*8]
    sub [rax*8], bpl
    sub bpl, [rsp]
    sub [rsp], bpl
    sub bpl, [rcx*3]
    sub [rcx*3], bpl
    sub byte [rax*8], -1
    sub byte [rax*8], 0
    sub byte [rax*8], 255
    sub byte [rax*8], 127
    sub byte [rax*8], 0xffffffff
    sub byte [rbp-8], 0x80000000
    sub byte [rbp-8], 0xffff
    sub byte [rbp-8], 256
    sub byte [rbp-8], 0x7fffffff
    sub byte [rbp-8], -0x80000000
    sub byte [r13+r12*2], -0x80000000
    sub byte [r13+r12*2], 128
    sub byte [r13+r12*2], -2
    sub byte [r13+r12*2], -128
    sub byte [r13+r12*2], 0
    sub byte [rax], 0x7fff
    sub byte [rax], 128
    sub byte [rax], 255
    sub byte [rax], 0x8000
    sub byte [rax], 0x7fffffff
    sub bp, r14w
    sub bp, cx
    sub bp, 0
    sub bp, 1
    sub bp, -1
    sub bp, 127
    sub bp, 128
    sub bp, -128
    sub bp, -129
    sub bp, 255
    sub bp, 256
    sub bp, 0x7fff
    sub bp, 0x8000
    sub bp, -32768
    sub bp, 0xffff
    sub bp, 0x7fffffff
    sub bp, 0x80000000
    sub bp, -0x80000000
    sub bp, 0xffffffff
    sub bp, 0x100000000
    sub bp, -2
    sub bp, [rsi+0x7fffffff]
    sub [rsi+0x7fffffff], bp
    sub bp, [rbx-129]
    sub [rbx-129], bp
    sub bp, [0x10]
    sub [0x10], bp
    sub bp, [rax+rbx*4+8]
    sub [rax+rbx*4+8], bp
    sub bp, [rsp+8]
    sub [rsp+8], bp
    sub di, si
    sub di, cx
    sub di, 0
    sub di, 1
    sub di, -1
    sub di, 127
    sub di, 128
    sub di, -128
    sub di, -129
    sub di, 255
    sub di, 256
    sub di, 0x7fff
    sub di, 0x8000
    sub di, -32768
    sub di, 0xffff
    sub di, 0x7fffffff
    sub di, 0x80000000
    sub di, -0x80000000
    sub di, 0xffffffff
    sub di, 0x100000000
    sub di, -2
    sub di, [rsp+rax]
    sub [rsp+rax], di
    sub di, [rsp]
    sub [rsp], di
    sub di, [var+4]
    sub [var+4], di
    sub di, [rdi*2+1]
    sub [rdi*2+1], di
    sub di, [rax*8]
    sub [rax*8], di
    sub r14w, dx
    sub r14w, si
    sub r14w, 0
    sub r14w, 1
    sub r14w, -1
    sub r14w, 127
    sub r14w, 128
    sub r14w, -128
    sub r14w, -129
    sub r14w, 255
    sub r14w, 256
    sub r14w, 0x7fff
    sub r14w, 0x8000
    sub r14w, -32768
    sub r14w, 0xffff
    sub r14w, 0x7fffffff
    sub r14w, 0x80000000
    sub r14w, -0x80000000
    sub r14w, 0xffffffff
    sub r14w, 0x100000000
    sub r14w, -2
    sub r14w, [r12]
    sub [r12], r14w
    sub r14w, [rbp]
    sub [rbp], r14w
    sub r14w, [rbp-8]
    sub [rbp-8], r14w
    sub r14w, [rcx*3]
    sub [rcx*3], r14w
    sub r14w, [rbx-129]
    sub [rbx-129], r14w
    sub word [r12], -128
    sub word [r12], 255
    sub word [r12], 128
    sub word [r12], 0x7fffffff
    sub word [r12], 0x100000000
    sub word [rel var], 255
    sub word [rel var], 0x100000000
    sub word [rel var], 127
    sub word [rel var], 0x7fff
    sub word [rel var], 128
    sub word [var+4], 256
    sub word [var+4], -2
    sub word [var+4], -32768
    sub word [var+4], 0x100000000
    sub word [var+4], 0xffffffff
    sub word [var], 256
    sub word [var], -129
    sub word [var], 0x80000000
    sub word [var], 255
    sub word [var], -1
    sub ebx, esp
    sub ebx, r11d
    sub ebx, 0
    sub ebx, 1
    sub ebx, -1
    sub ebx, 127
    sub ebx, 128
    sub ebx, -128
    sub ebx, -129
    sub ebx, 255
    sub ebx, 256
    sub ebx, 0x7fff
    sub ebx, 0x8000
    sub ebx, -32768
    sub ebx, 0xffff
    sub ebx, 0x7fffffff
    sub ebx, 0x80000000
    sub ebx, -0x80000000
    sub ebx, 0xffffffff
    sub ebx, 0x100000000
    sub ebx, -2
    sub ebx, [rbx-129]
    sub [rbx-129], ebx
    sub ebx, [rax*8]
    sub [rax*8], ebx
    sub ebx, [rbp]
    sub [rbp], ebx
    sub ebx, [0x10]
    sub [0x10], ebx
    sub ebx, [rbp-8]
    sub [rbp-8], ebx
    sub r13d, ebx
    sub r13d, r8d
    sub r13d, 0
    sub r13d, 1
    sub r13d, -1
    sub r13d, 127
    sub r13d, 128
    sub r13d, -128
    sub r13d, -129
    sub r13d, 255
    sub r13d, 256
    sub r13d, 0x7fff
    sub r13d, 0x8000
    sub r13d, -32768
    sub r13d, 0xffff
    sub r13d, 0x7fffffff
    sub r13d, 0x80000000
    sub r13d, -0x80000000
    sub r13d, 0xffffffff
    sub r13d, 0x100000000
    sub r13d, -2
    sub r13d, [rsi+0x7fffffff]
    sub [rsi+0x7fffffff], r13d
    sub r13d, [rsp+8]
    sub [rsp+8], r13d
    sub r13d, [r12]
    sub [r12], r13d
    sub r13d, [var]
    sub [var], r13d
    sub r13d, [rsp]
    sub [rsp], r13d
    sub edx, ecx
    sub edx, eax
    sub edx, 0
    sub edx, 1
    sub edx, -1
    sub edx, 127
    sub edx, 128
    sub edx, -128
    sub edx, -129
    sub edx, 255
    sub edx, 256
    sub edx, 0x7fff
    sub edx, 0x8000
    sub edx, -32768
    sub edx, 0xffff
    sub edx, 0x7fffffff
    sub edx, 0x80000000
    sub edx, -0x80000000
    sub edx, 0xffffffff
    sub edx, 0x100000000
    sub edx, -2
    sub edx, [var+4]
    sub [var+4], edx
    sub edx, [rsp+8]
    sub [rsp+8], edx
    sub edx, [var]
    sub [var], edx
    sub edx, [rbx+rcx]
    sub [rbx+rcx], edx
    sub edx, [rsp]
    sub [rsp], edx
    sub dword [r13+r12*2], -129
    sub dword [r13+r12*2], -2
    sub dword [r13+r12*2], -1
    sub dword [r13+r12*2], -32768
    sub dword [r13+r12*2], 256
    sub dword [rsp+8], -128
    sub dword [rsp+8], 0x80000000
    sub dword [rsp+8], 256
    sub dword [rsp+8], 0
    sub dword [rsp+8], 1
    sub dword [r12], -32768
    sub dword [r12], -129
    sub dword [r12], 1
    sub dword [r12], -2
    sub dword [r12], -128
    sub dword [rsp], 128
    sub dword [rsp], 1
    sub dword [rsp], -129
    sub dword [rsp], 256
    sub dword [rsp], 0
    sub r9, rbx
    sub r9, rax
    sub r9, 0
    sub r9, 1
    sub r9, -1
    sub r9, 127
    sub r9, 128
    sub r9, -128
    sub r9, -129
    sub r9, 255
    sub r9, 256
    sub r9, 0x7fff
    sub r9, 0x8000
    sub r9, -32768
    sub r9, 0xffff
    sub r9, 0x7fffffff
    sub r9, 0x80000000
    sub r9, -0x80000000
    sub r9, 0xffffffff
    sub r9, 0x100000000
    sub r9, -2
    sub r9, [rax*8]
    sub [rax*8], r9
    sub r9, [rel var]
    sub [rel var], r9
    sub r9, [rbx+rcx]
    sub [rbx+rcx], r9
    sub r9, [rax+rbx*4+8]
    sub [rax+rbx*4+8], r9
    sub r9, [r13+r12*2]
    sub [r13+r12*2], r9
    sub r13, rcx
    sub r13, rbx
    sub r13, 0
    sub r13, 1
    sub r13, -1
    sub r13, 127
    sub r13, 128
    sub r13, -128
    sub r13, -129
    sub r13, 255
    sub r13, 256
    sub r13, 0x7fff
    sub r13, 0x8000
    sub r13, -32768
    sub r13, 0xffff
    sub r13, 0x7fffffff
    sub r13, 0x80000000
    sub r13, -0x80000000
    sub r13, 0xffffffff
    sub r13, 0x100000000
    sub r13, -2
    sub r13, [rsp]
    sub [rsp], r13
    sub r13, [var+4]
    sub [var+4], r13
    sub r13, [rdi*2+1]
    sub [rdi*2+1], r13
    sub r13, [rcx*3]
    sub [rcx*3], r13
    sub r13, [rbp]
    sub [rbp], r13
    sub r12, rsi
    sub r12, rcx
    sub r12, 0
    sub r12, 1
    sub r12, -1
    sub r12, 127
    sub r12, 128
    sub r12, -128
    sub r12, -129
    sub r12, 255
    sub r12, 256
    sub r12, 0x7fff
    sub r12, 0x8000
    sub r12, -32768
    sub r12, 0xffff
    sub r12, 0x7fffffff
    sub r12, 0x80000000
    sub r12, -0x80000000
    sub r12, 0xffffffff
    sub r12, 0x100000000
    sub r12, -2
    sub r12, [0x10]
    sub [0x10], r12
    sub r12, [rdi*2+1]
    sub [rdi*2+1], r12
    sub r12, [r13]
    sub [r13], r12
    sub r12, [rcx*3]
    sub [rcx*3], r12
    sub r12, [rbp]
    sub [rbp], r12
    sub qword [rsp+rax], 0x7fffffff
    sub qword [rsp+rax], 0x7fff
    sub qword [rsp+rax], 0x100000000
    sub qword [rsp+rax], -2
    sub qword [rsp+rax], 0
    sub qword [rax+rbx*4+8], 0x7fff
    sub qword [rax+rbx*4+8], -32768
    sub qword [rax+rbx*4+8], 0x7fffffff
    sub qword [rax+rbx*4+8], 0xffffffff
    sub qword [rax+rbx*4+8], 0
    sub qword [0x10], -32768
    sub qword [0x10], -129
    sub qword [0x10], 0xffff
    sub qword [0x10], 0xffffffff
    sub qword [0x10], 127
    sub qword [rbp-8], 0
    sub qword [rbp-8], 0x7fffffff
    sub qword [rbp-8], -128
    sub qword [rbp-8], 0x100000000
    sub qword [rbp-8], 1
    xor cl, ch
    xor cl, bpl
    xor cl, 0
    xor cl, 1
    xor cl, -1
    xor cl, 127
    xor cl, 128
    xor cl, -128
    xor cl, -129
    xor cl, 255
    xor cl, 256
    xor cl, 0x7fff
    xor cl, 0x8000
    xor cl, -32768
    xor cl, 0xffff
    xor cl, 0x7fffffff
    xor cl, 0x80000000
    xor cl, -0x80000000
    xor cl, 0xffffffff
    xor cl, 0x100000000
    xor cl, -2
    xor cl, [rax+rbx*4+8]
    xor [rax+rbx*4+8], cl
    xor cl, [r13]
    xor [r13], cl
    xor cl, [rax]
    xor [rax], cl
    xor cl, [rsp]
    xor [rsp], cl
    xor cl, [rcx*3]
    xor [rcx*3], cl
    xor spl, r8b
    xor spl, spl
    xor spl, 0
    xor spl, 1
    xor spl, -1
    xor spl, 127
    xor spl, 128
    xor spl, -128
    xor spl, -129
    xor spl, 255
    xor spl, 256
    xor spl, 0x7fff
    xor spl, 0x8000
    xor spl, -32768
    xor spl, 0xffff
    xor spl, 0x7fffffff
    xor spl, 0x80000000
    xor spl, -0x80000000
    xor spl, 0xffffffff
    xor spl, 0x100000000
    xor spl, -2
    xor spl, [rbp]
    xor [rbp], spl
    xor spl, [r8+r9*8-0x80]
    xor [r8+r9*8-0x80], spl
    xor spl, [rbx+rcx]
    xor [rbx+rcx], spl
    xor spl, [rsi+0x7fffffff]
    xor [rsi+0x7fffffff], spl
    xor spl, [rax+rbx*4+8]
    xor [rax+rbx*4+8], spl
    xor dil, dl
    xor dil, 0
    xor dil, 1
    xor dil, -1
    xor dil, 127
    xor dil, 128
    xor dil, -128
    xor dil, -129
    xor dil, 255
    xor dil, 256
    xor dil, 0x7fff
    xor dil, 0x8000
    xor dil, -32768
    xor dil, 0xffff
    xor dil, 0x7fffffff
    xor dil, 0x80000000
    xor dil, -0x80000000
    xor dil, 0xffffffff
    xor dil, 0x100000000
    xor dil, -2
    xor dil, [r13+r12*2]
    xor [r13+r12*2], dil
    xor dil, [rax+rbx*4+8]
    xor [rax+rbx*4+8], dil
    xor dil, [rsi+0x7fffffff]
    xor [rsi+0x7fffffff], dil
    xor dil, [rcx*3]
    xor [rcx*3], dil
    xor dil, [rbp]
    xor [rbp], dil
    xor byte [r12], 0x7fff
    xor byte [r12], 128
    xor byte [r12], 1
    xor byte [r12], -0x80000000
    xor byte [r12], -128
    xor byte [0x10], 1
    xor byte [0x10], 0xffff
    xor byte [0x10], -1
    xor byte [0x10], -128
    xor byte [0x10], 0x8000
    xor byte [var+4], 255
    xor byte [var+4], 0xffff
    xor byte [var+4], -129
    xor byte [var+4], -0x80000000
    xor byte [var+4], -1
    xor byte [rbx-129], -2
    xor byte [rbx-129], -129
    xor byte [rbx-129], 1
    xor byte [rbx-129], 0xffff
    xor byte [rbx-129], 256
    xor dx, cx
    xor dx, dx
    xor dx, 0
    xor dx, 1
    xor dx, -1
    xor dx, 127
    xor dx, 128
    xor dx, -128
    xor dx, -129
    xor dx, 255
    xor dx, 256
    xor dx, 0x7fff
    xor dx, 0x8000
    xor dx, -32768
    xor dx, 0xffff
    xor dx, 0x7fffffff
    xor dx, 0x80000000
    xor dx, -0x80000000
    xor dx, 0xffffffff
    xor dx, 0x100000000
    xor dx, -2
    xor dx, [rsp+8]
    xor [rsp+8], dx
    xor dx, [rbx-129]
    xor [rbx-129], dx
    xor dx, [rsp]
    xor [rsp], dx
    xor dx, [rdi*2+1]
    xor [rdi*2+1], dx
    xor dx, [r8+r9*8-0x80]
    xor [r8+r9*8-0x80], dx
    xor si, bp
    xor si, cx
    xor si, 0
    xor si, 1
    xor si, -1
    xor si, 127
    xor si, 128
    xor si, -128
    xor si, -129
    xor si, 255
    xor si, 256
    xor si, 0x7fff
    xor si, 0x8000
    xor si, -32768
    xor si, 0xffff
    xor si, 0x7fffffff
    xor si, 0x80000000
    xor si, -0x80000000
    xor si, 0xffffffff
    xor si, 0x100000000
    xor si, -2
    xor si, [0x10]
    xor [0x10], si
    xor si, [rcx*3]
    xor [rcx*3], si
    xor si, [var]
    xor [var], si
    xor si, [rdi*2+1]
    xor [rdi*2+1], si
    xor si, [r13+r12*2]
    xor [r13+r12*2], si
    xor bp, si
    xor bp, sp
    xor bp, 0
    xor bp, 1
    xor bp, -1
    xor bp, 127
    xor bp, 128
    xor bp, -128
    xor bp, -129
    xor bp, 255
    xor bp, 256
    xor bp, 0x7fff
    xor bp, 0x8000
    xor bp, -32768
    xor bp, 0xffff
    xor bp, 0x7fffffff
    xor bp, 0x80000000
    xor bp, -0x80000000
    xor bp, 0xffffffff
    xor bp, 0x100000000
    xor bp, -2
    xor bp, [r8+r9*8-0x80]
    xor [r8+r9*8-0x80], bp
    xor bp, [rsp+8]
    xor [rsp+8], bp
    xor bp, [rel var]
    xor [rel var], bp
    xor bp, [0x10]
    xor [0x10], bp
    xor bp, [rbx+rcx]
    xor [rbx+rcx], bp
    xor word [var], 0
    xor word [var], -2
    xor word [var], -0x80000000
    xor word [var], 0x80000000
    xor word [var], 127
    xor word [rsi+0x7fffffff], 0x80000000
    xor word [rsi+0x7fffffff], -2
    xor word [rsi+0x7fffffff], -128
    xor word [rsi+0x7fffffff], -0x80000000
    xor word [rsi+0x7fffffff], -129
    xor word [rsp+rax], 127
    xor word [rsp+rax], -1
    xor word [rsp+rax], 128
    xor word [rsp+rax], -32768
    xor word [rsp+rax], -129
    xor word [rax+rbx*4+8], -32768
    xor word [rax+rbx*4+8], -1
    xor word [rax+rbx*4+8], 0x80000000
    xor word [rax+rbx*4+8], 1
    xor word [rax+rbx*4+8], 0
    xor r13d, ebp
    xor r13d, r8d
    xor r13d, 0
    xor r13d, 1
    xor r13d, -1
    xor r13d, 127
    xor r13d, 128
    xor r13d, -128
    xor r13d, -129
    xor r13d, 255
    xor r13d, 256
    xor r13d, 0x7fff
    xor r13d, 0x8000
    xor r13d, -32768
    xor r13d, 0xffff
    xor r13d, 0x7fffffff
    xor r13d, 0x80000000
    xor r13d, -0x80000000
    xor r13d, 0xffffffff
    xor r13d, 0x100000000
    xor r13d, -2
    xor r13d, [rbp]
    xor [rbp], r13d
    xor r13d, [rsp]
    xor [rsp], r13d
    xor r13d, [rsi+0x7fffffff]
    xor [rsi+0x7fffffff], r13d
    xor r13d, [0x10]
    xor [0x10], r13d
    xor r13d, [r13]
    xor [r13], r13d
    xor edx, eax
    xor edx, ecx
    xor edx, 0
    xor edx, 1
    xor edx, -1
    xor edx, 127
    xor edx, 128
    xor edx, -128
    xor edx, -129
    xor edx, 255
    xor edx, 256
    xor edx, 0x7fff
    xor edx, 0x8000
    xor edx, -32768
    xor edx, 0xffff
    xor edx, 0x7fffffff
    xor edx, 0x80000000
    xor edx, -0x80000000
    xor edx, 0xffffffff
    xor edx, 0x100000000
    xor edx, -2
    xor edx, [rcx*3]
    xor [rcx*3], edx
    xor edx, [r12]
    xor [r12], edx
    xor edx, [rbx-129]
    xor [rbx-129], edx
    xor edx, [r13]
    xor [r13], edx
    xor edx, [var+4]
    xor [var+4], edx
    xor ecx, esp
    xor ecx, edx
    xor ecx, 0
    xor ecx, 1
    xor ecx, -1
    xor ecx, 127
    xor ecx, 128
    xor ecx, -128
    xor ecx, -129
    xor ecx, 255
    xor ecx, 256
    xor ecx, 0x7fff
    xor ecx, 0x8000
    xor ecx, -32768
    xor ecx, 0xffff
    xor ecx, 0x7fffffff
    xor ecx, 0x80000000
    xor ecx, -0x80000000
    xor ecx, 0xffffffff
    xor ecx, 0x100000000
    xor ecx, -2
    xor ecx, [rsp+8]
    xor [rsp+8], ecx
    xor ecx, [rbp]
    xor [rbp], ecx
    xor ecx, [rbx+rcx]
    xor [rbx+rcx], ecx
    xor ecx, [rbp-8]
    xor [rbp-8], ecx
    xor ecx, [rax+rbx*4+8]
    xor [rax+rbx*4+8], ecx
    xor dword [rax*8], 128
    xor dword [rax*8], 256
    xor dword [rax*8], 0xffffffff
    xor dword [rax*8], -0x80000000
    xor dword [rax*8], 127
    xor dword [rcx*3], -2
    xor dword [rcx*3], 256
    xor dword [rcx*3], 0xffffffff
    xor dword [rcx*3], 255
    xor dword [rcx*3], -128
    xor dword [rbp-8], -32768
    xor dword [rbp-8], 1
    xor dword [rbp-8], -129
    xor dword [rbp-8], -128
    xor dword [rbp-8], 0xffffffff
    xor dword [var], -128
    xor dword [var], 256
    xor dword [var], 0x8000
    xor dword [var], 0xffff
    xor dword [var], -1
    xor r15, r15
    xor r15, r8
    xor r15, 0
    xor r15, 1
    xor r15, -1
    xor r15, 127
    xor r15, 128
    xor r15, -128
    xor r15, -129
    xor r15, 255
    xor r15, 256
    xor r15, 0x7fff
    xor r15, 0x8000
    xor r15, -32768
    xor r15, 0xffff
    xor r15, 0x7fffffff
    xor r15, 0x80000000
    xor r15, -0x80000000
    xor r15, 0xffffffff
    xor r15, 0x100000000
    xor r15, -2
    xor r15, [rsp]
    xor [rsp], r15
    xor r15, [rbx+rcx]
    xor [rbx+rcx], r15
    xor r15, [var]
    xor [var], r15
    xor r15, [rdi*2+1]
    xor [rdi*2+1], r15
    xor r15, [rsi+0x7fffffff]
    xor [rsi+0x7fffffff], r15
    xor rsp, r9
    xor rsp, r13
    xor rsp, 0
    xor rsp, 1
    xor rsp, -1
    xor rsp, 127
    xor rsp, 128
    xor rsp, -128
    xor rsp, -129
    xor rsp, 255
    xor rsp, 256
    xor rsp, 0x7fff
    xor rsp, 0x8000
    xor rsp, -32768
    xor rsp, 0xffff
    xor rsp, 0x7fffffff
    xor rsp, 0x80000000
    xor rsp, -0x80000000
    xor rsp, 0xffffffff
    xor rsp, 0x100000000
    xor rsp, -2
    xor rsp, [r12]
    xor [r12], rsp
    xor rsp, [rbp-8]
    xor [rbp-8], rsp
    xor rsp, [rdi*2+1]
    xor [rdi*2+1], rsp
    xor rsp, [0x10]
    xor [0x10], rsp
    xor rsp, [rbx+rcx]
    xor [rbx+rcx], rsp
    xor rcx, rsp
    xor rcx, rsi
    xor rcx, 0
    xor rcx, 1
    xor rcx, -1
    xor rcx, 127
    xor rcx, 128
    xor rcx, -128
    xor rcx, -129
    xor rcx, 255
    xor rcx, 256
    xor rcx, 0x7fff
    xor rcx, 0x8000
    xor rcx, -32768
    xor rcx, 0xffff
    xor rcx, 0x7fffffff
    xor rcx, 0x80000000
    xor rcx, -0x80000000
    xor rcx, 0xffffffff
    xor rcx, 0x100000000
    xor rcx, -2
    xor rcx, [rbx+rcx]
    xor [rbx+rcx], rcx
    xor rcx, [r8+r9*8-0x80]
    xor [r8+r9*8-0x80], rcx
    xor rcx, [r13]
    xor [r13], rcx
    xor rcx, [rsp+rax]
    xor [rsp+rax], rcx
    xor rcx, [rax*8]
    xor [rax*8], rcx
    xor qword [rbp], 1
    xor qword [rbp], 0x7fff
    xor qword [rbp], 0xffffffff
    xor qword [rbp], 256
    xor qword [rbp], 128
    xor qword [var], -2
    xor qword [var], 0x8000
    xor qword [var], 0
    xor qword [var], 1
    xor qword [var], 127
    xor qword [rsp+8], 128
    xor qword [rsp+8], 0x7fff
    xor qword [rsp+8], 0x7fffffff
    xor qword [rsp+8], 0xffffffff
    xor qword [rsp+8], 256
    xor qword [rax+rbx*4+8], -32768
    xor qword [rax+rbx*4+8], 1
    xor qword [rax+rbx*4+8], 128
    xor qword [rax+rbx*4+8], -0x80000000
    xor qword [rax+rbx*4+8], 127
    cmp dil, al
    cmp dil, r15b
    cmp dil, 0
    cmp dil, 1
    cmp dil, -1
    cmp dil, 127
    cmp dil, 128
    cmp dil, -128
    cmp dil, -129
    cmp dil, 255
    cmp dil, 256
    cmp dil, 0x7fff
    cmp dil, 0x8000
    cmp dil, -32768
    cmp dil, 0xffff
    cmp dil, 0x7fffffff
    cmp dil, 0x80000000
    cmp dil, -0x80000000
    cmp dil, 0xffffffff
    cmp dil, 0x100000000
    cmp dil, -2
    cmp dil, [rax]
    cmp [rax], dil
    cmp dil, [r8+r9*8-0x80]
    cmp [r8+r9*8-0x80], dil
    cmp dil, [rbx+rcx]
    cmp [rbx+rcx], dil
    cmp dil, [r13+r12*2]
    cmp [r13+r12*2], dil
    cmp dil, [r12]
    cmp [r12], dil
    cmp r8b, sil
    cmp r8b, 0
    cmp r8b, 1
    cmp r8b, -1
    cmp r8b, 127
    cmp r8b, 128
    cmp r8b, -128
    cmp r8b, -129
    cmp r8b, 255
    cmp r8b, 256
    cmp r8b, 0x7fff
    cmp r8b, 0x8000
    cmp r8b, -32768
    cmp r8b, 0xffff
    cmp r8b, 0x7fffffff
    cmp r8b, 0x80000000
    cmp r8b, -0x80000000
    cmp r8b, 0xffffffff
    cmp r8b, 0x100000000
    cmp r8b, -2
    cmp r8b, [rdi*2+1]
    cmp [rdi*2+1], r8b
    cmp r8b, [rsp+8]
    cmp [rsp+8], r8b
    cmp r8b, [rel var]
    cmp [rel var], r8b
    cmp r8b, [r13+r12*2]
    cmp [r13+r12*2], r8b
    cmp r8b, [r13]
    cmp [r13], r8b
    cmp al, bl
    cmp al, ch
    cmp al, 0
    cmp al, 1
    cmp al, -1
    cmp al, 127
    cmp al, 128
    cmp al, -128
    cmp al, -129
    cmp al, 255
    cmp al, 256
    cmp al, 0x7fff
    cmp al, 0x8000
    cmp al, -32768
    cmp al, 0xffff
    cmp al, 0x7fffffff
    cmp al, 0x80000000
    cmp al, -0x80000000
    cmp al, 0xffffffff
    cmp al, 0x100000000
    cmp al, -2
    cmp al, [rcx*3]
    cmp [rcx*3], al
    cmp al, [var+4]
    cmp [var+4], al
    cmp al, [rax+rbx*4+8]
    cmp [rax+rbx*4+8], al
    cmp al, [r13]
    cmp [r13], al
    cmp al, [rax]
    cmp [rax], al
    cmp byte [rsp+8], -1
    cmp byte [rsp+8], 128
    cmp byte [rsp+8], 256
    cmp byte [rsp+8], 0xffff
    cmp byte [rsp+8], -0x80000000
    cmp byte [r13], 256
    cmp byte [r13], 0
    cmp byte [r13], 1
    cmp byte [r13], -32768
    cmp byte [r13], 0x7fff
    cmp byte [var], -2
    cmp byte [var], 0x80000000
    cmp byte [var], 0xffffffff
    cmp byte [var], -0x80000000
    cmp byte [var], 127
    cmp byte [r12], -128
    cmp byte [r12], 0
    cmp byte [r12], 1
    cmp byte [r12], 0xffffffff
    cmp byte [r12], 256
    cmp ax, bx
    cmp ax, dx
    cmp ax, 0
    cmp ax, 1
    cmp ax, -1
    cmp ax, 127
    cmp ax, 128
    cmp ax, -128
    cmp ax, -129
    cmp ax, 255
    cmp ax, 256
    cmp ax, 0x7fff
    cmp ax, 0x8000
    cmp ax, -32768
    cmp ax, 0xffff
    cmp ax, 0x7fffffff
    cmp ax, 0x80000000
    cmp ax, -0x80000000
    cmp ax, 0xffffffff
    cmp ax, 0x100000000
    cmp ax, -2
    cmp ax, [rsp]
    cmp [rsp], ax
    cmp ax, [r12]
    cmp [r12], ax
    cmp ax, [rax]
    cmp [rax], ax
    cmp ax, [rdi*2+1]
    cmp [rdi*2+1], ax
    cmp ax, [rbx-129]
    cmp [rbx-129], ax
    cmp si, dx
    cmp si, si
    cmp si, 0
    cmp si, 1
    cmp si, -1
    cmp si, 127
    cmp si, 128
    cmp si, -128
    cmp si, -129
    cmp si, 255
    cmp si, 256
    cmp si, 0x7fff
    cmp si, 0x8000
    cmp si, -32768
    cmp si, 0xffff
    cmp si, 0x7fffffff
    cmp si, 0x80000000
    cmp si, -0x80000000
    cmp si, 0xffffffff
    cmp si, 0x100000000
    cmp si, -2
    cmp si, [rbx-129]
    cmp [rbx-129], si
    cmp si, [rsi+0x7fffffff]
    cmp [rsi+0x7fffffff], si
    cmp si, [rcx*3]
    cmp [rcx*3], si
    cmp si, [rel var]
    cmp [rel var], si
    cmp si, [rax+rbx*4+8]
    cmp [rax+rbx*4+8], si
    cmp dx, r9w
    cmp dx, sp
    cmp dx, 0
    cmp dx, 1
    cmp dx, -1
    cmp dx, 127
    cmp dx, 128
    cmp dx, -128
    cmp dx, -129
    cmp dx, 255
    cmp dx, 256
    cmp dx, 0x7fff
    cmp dx, 0x8000
    cmp dx, -32768
    cmp dx, 0xffff
    cmp dx, 0x7fffffff
    cmp dx, 0x80000000
    cmp dx, -0x80000000
    cmp dx, 0xffffffff
    cmp dx, 0x100000000
    cmp dx, -2
    cmp dx, [rbp]
    cmp [rbp], dx
    cmp dx, [r13+r12*2]
    cmp [r13+r12*2], dx
    cmp dx, [rsp]
    cmp [rsp], dx
    cmp dx, [var+4]
    cmp [var+4], dx
    cmp dx, [rax]
    cmp [rax], dx
    cmp word [0x10], 0x80000000
    cmp word [0x10], -128
    cmp word [0x10], 255
    cmp word [0x10], 127
    cmp word [0x10], 128
    cmp word [rel var], 255
    cmp word [rel var], 1
    cmp word [rel var], 127
    cmp word [rel var], 0x8000
    cmp word [rel var], 0x80000000
    cmp word [var], 256
    cmp word [var], 1
    cmp word [var], -2
    cmp word [var], 0x7fffffff
    cmp word [var], 0x8000
    cmp word [rbp], 0xffffffff
    cmp word [rbp], 256
    cmp word [rbp], 0x7fff
    cmp word [rbp], -129
    cmp word [rbp], 1
    cmp r8d, esp
    cmp r8d, ebx
    cmp r8d, 0
    cmp r8d, 1
    cmp r8d, -1
    cmp r8d, 127
    cmp r8d, 128
    cmp r8d, -128
    cmp r8d, -129
    cmp r8d, 255
    cmp r8d, 256
    cmp r8d, 0x7fff
    cmp r8d, 0x8000
    cmp r8d, -32768
    cmp r8d, 0xffff
    cmp r8d, 0x7fffffff
    cmp r8d, 0x80000000
    cmp r8d, -0x80000000
    cmp r8d, 0xffffffff
    cmp r8d, 0x100000000
    cmp r8d, -2
    cmp r8d, [rbx-129]
    cmp [rbx-129], r8d
    cmp r8d, [rax+rbx*4+8]
    cmp [rax+rbx*4+8], r8d
    cmp r8d, [rax*8]
    cmp [rax*8], r8d
    cmp r8d, [rsp+rax]
    cmp [rsp+rax], r8d
    cmp r8d, [0x10]
    cmp [0x10], r8d
    cmp eax, ebp
    cmp eax, r11d
    cmp eax, 0
    cmp eax, 1
    cmp eax, -1
    cmp eax, 127
    cmp eax, 128
    cmp eax, -128
    cmp eax, -129
    cmp eax, 255
    cmp eax, 256
    cmp eax, 0x7fff
    cmp eax, 0x8000
    cmp eax, -32768
    cmp eax, 0xffff
    cmp eax, 0x7fffffff
    cmp eax, 0x80000000
    cmp eax, -0x80000000
    cmp eax, 0xffffffff
    cmp eax, 0x100000000
    cmp eax, -2
    cmp eax, [rsp+8]
    cmp [rsp+8], eax
    cmp eax, [0x10]
    cmp [0x10], eax
    cmp eax, [rdi*2+1]
    cmp [rdi*2+1], eax
    cmp eax, [var+4]
    cmp [var+4], eax
    cmp eax, [r8+r9*8-0x80]
    cmp [r8+r9*8-0x80], eax
    cmp edx, r8d
    cmp edx, eax
    cmp edx, 0
    cmp edx, 1
    cmp edx, -1
    cmp edx, 127
    cmp edx, 128
    cmp edx, -128
    cmp edx, -129
    cmp edx, 255
    cmp edx, 256
    cmp edx, 0x7fff
    cmp edx, 0x8000
    cmp edx, -32768
    cmp edx, 0xffff
    cmp edx, 0x7fffffff
    cmp edx, 0x80000000
    cmp edx, -0x80000000
    cmp edx, 0xffffffff
    cmp edx, 0x100000000
    cmp edx, -2
    cmp edx, [rax]
    cmp [rax], edx
    cmp edx, [rel var]
    cmp [rel var], edx
    cmp edx, [rsp+8]
    cmp [rsp+8], edx
    cmp edx, [r13+r12*2]
    cmp [r13+r12*2], edx
    cmp edx, [rbx-129]
    cmp [rbx-129], edx
    cmp dword [0x10], -2
    cmp dword [0x10], -128
    cmp dword [0x10], 128
    cmp dword [0x10], 1
    cmp dword [0x10], 0
    cmp dword [rcx*3], 127
    cmp dword [rcx*3], -2
    cmp dword [rcx*3], -128
    cmp dword [rcx*3], -32768
    cmp dword [rcx*3], -1
    cmp dword [r8+r9*8-0x80], 0
    cmp dword [r8+r9*8-0x80], -2
    cmp dword [r8+r9*8-0x80], 1
    cmp dword [r8+r9*8-0x80], 128
    cmp dword [r8+r9*8-0x80], -32768
    cmp dword [rbp], 1
    cmp dword [rbp], -1
    cmp dword [rbp], -2
    cmp dword [rbp], 0x100000000
    cmp dword [rbp], 0x7fffffff
    cmp r9, r8
    cmp r9, r12
    cmp r9, 0
    cmp r9, 1
    cmp r9, -1
    cmp r9, 127
    cmp r9, 128
    cmp r9, -128
    cmp r9, -129
    cmp r9, 255
    cmp r9, 256
    cmp r9, 0x7fff
    cmp r9, 0x8000
    cmp r9, -32768
    cmp r9, 0xffff
    cmp r9, 0x7fffffff
    cmp r9, 0x80000000
    cmp r9, -0x80000000
    cmp r9, 0xffffffff
    cmp r9, 0x100000000
    cmp r9, -2
    cmp r9, [rbp]
    cmp [rbp], r9
    cmp r9, [0x10]
    cmp [0x10], r9
    cmp r9, [r12]
    cmp [r12], r9
    cmp r9, [rsp+8]
    cmp [rsp+8], r9
    cmp r9, [rbx-129]
    cmp [rbx-129], r9
    cmp rbp, rbx
    cmp rbp, rcx
    cmp rbp, 0
    cmp rbp, 1
    cmp rbp, -1
    cmp rbp, 127
    cmp rbp, 128
    cmp rbp, -128
    cmp rbp, -129
    cmp rbp, 255
    cmp rbp, 256
    cmp rbp, 0x7fff
    cmp rbp, 0x8000
    cmp rbp, -32768
    cmp rbp, 0xffff
    cmp rbp, 0x7fffffff
    cmp rbp, 0x80000000
    cmp rbp, -0x80000000
    cmp rbp, 0xffffffff
    cmp rbp, 0x100000000
    cmp rbp, -2
    cmp rbp, [rsp]
    cmp [rsp], rbp
    cmp rbp, [rsp+rax]
    cmp [rsp+rax], rbp
    cmp rbp, [rbp]
    cmp [rbp], rbp
    cmp rbp, [r13+r12*2]
    cmp [r13+r12*2], rbp
    cmp rbp, [var+4]
    cmp [var+4], rbp
    cmp rbx, rcx
    cmp rbx, rdx
    cmp rbx, 0
    cmp rbx, 1
    cmp rbx, -1
    cmp rbx, 127
    cmp rbx, 128
    cmp rbx, -128
    cmp rbx, -129
    cmp rbx, 255
    cmp rbx, 256
    cmp rbx, 0x7fff
    cmp rbx, 0x8000
    cmp rbx, -32768
    cmp rbx, 0xffff
    cmp rbx, 0x7fffffff
    cmp rbx, 0x80000000
    cmp rbx, -0x80000000
    cmp rbx, 0xffffffff
    cmp rbx, 0x100000000
    cmp rbx, -2
    cmp rbx, [r12]
    cmp [r12], rbx
    cmp rbx, [rbx-129]
    cmp [rbx-129], rbx
    cmp rbx, [r13+r12*2]
    cmp [r13+r12*2], rbx
    cmp rbx, [rax*8]
    cmp [rax*8], rbx
    cmp rbx, [rdi*2+1]
    cmp [rdi*2+1], rbx
    cmp qword [rel var], 256
    cmp qword [rel var], 0x7fff
    cmp qword [rel var], 1
    cmp qword [rel var], -32768
    cmp qword [rel var], 0x80000000
    cmp qword [rbp-8], 0x8000
    cmp qword [rbp-8], 0xffffffff
    cmp qword [rbp-8], -0x80000000
    cmp qword [rbp-8], 0x7fff
    cmp qword [rbp-8], 0x100000000
    cmp qword [rax], 0
    cmp qword [rax], 0x7fffffff
    cmp qword [rax], -2
    cmp qword [rax], 0x100000000
    cmp qword [rax], 256
    cmp qword [rbx+rcx], 127
    cmp qword [rbx+rcx], -32768
    cmp qword [rbx+rcx], -0x80000000
    cmp qword [rbx+rcx], 1
    cmp qword [rbx+rcx], 256
    mov dil, dil
    mov dil, 0
    mov dil, 1
    mov dil, -1
    mov dil, 127
    mov dil, 128
    mov dil, -128
    mov dil, -129
    mov dil, 255
    mov dil, 256
    mov dil, 0x7fff
    mov dil, 0x8000
    mov dil, -32768
    mov dil, 0xffff
    mov dil, 0x7fffffff
    mov dil, 0x80000000
    mov dil, -0x80000000
    mov dil, 0xffffffff
    mov dil, 0x100000000
    mov dil, -2
    mov dil, [rax+rbx*4+8]
    mov [rax+rbx*4+8], dil
    mov dil, [rel var]
    mov [rel var], dil
    mov dil, [rax]
    mov [rax], dil
    mov dil, [rsi+0x7fffffff]
    mov [rsi+0x7fffffff], dil
    mov dil, [rbx-129]
    mov [rbx-129], dil
    mov bl, ah
    mov bl, al
    mov bl, 0
    mov bl, 1
    mov bl, -1
    mov bl, 127
    mov bl, 128
    mov bl, -128
    mov bl, -129
    mov bl, 255
    mov bl, 256
    mov bl, 0x7fff
    mov bl, 0x8000
    mov bl, -32768
    mov bl, 0xffff
    mov bl, 0x7fffffff
    mov bl, 0x80000000
    mov bl, -0x80000000
    mov bl, 0xffffffff
    mov bl, 0x100000000
    mov bl, -2
    mov bl, [rax]
    mov [rax], bl
    mov bl, [rbx+rcx]
    mov [rbx+rcx], bl
    mov bl, [var+4]
    mov [var+4], bl
    mov bl, [r12]
    mov [r12], bl
    mov bl, [r8+r9*8-0x80]
    mov [r8+r9*8-0x80], bl
    mov cl, r15b
    mov cl, dl
    mov cl, 0
    mov cl, 1
    mov cl, -1
    mov cl, 127
    mov cl, 128
    mov cl, -128
    mov cl, -129
    mov cl, 255
    mov cl, 256
    mov cl, 0x7fff
    mov cl, 0x8000
    mov cl, -32768
    mov cl, 0xffff
    mov cl, 0x7fffffff
    mov cl, 0x80000000
    mov cl, -0x80000000
    mov cl, 0xffffffff
    mov cl, 0x100000000
    mov cl, -2
    mov cl, [var+4]
    mov [var+4], cl
    mov cl, [r8+r9*8-0x80]
    mov [r8+r9*8-0x80], cl
    mov cl, [rbx+rcx]
    mov [rbx+rcx], cl
    mov cl, [rsi+0x7fffffff]
    mov [rsi+0x7fffffff], cl
    mov cl, [rbp-8]
    mov [rbp-8], cl
    mov byte [r8+r9*8-0x80], 255
    mov byte [r8+r9*8-0x80], -0x80000000
    mov byte [r8+r9*8-0x80], -128
    mov byte [r8+r9*8-0x80], 127
    mov byte [r8+r9*8-0x80], 0x8000
    mov byte [rax+rbx*4+8], -1
    mov byte [rax+rbx*4+8], -0x80000000
    mov byte [rax+rbx*4+8], 127
    mov byte [rax+rbx*4+8], 0x8000
    mov byte [rax+rbx*4+8], -128
    mov byte [r13+r12*2], 127
    mov byte [r13+r12*2], 0xffff
    mov byte [r13+r12*2], 0x100000000
    mov byte [r13+r12*2], -1
    mov byte [r13+r12*2], -129
    mov byte [rbx-129], 0
    mov byte [rbx-129], -32768
    mov byte [rbx-129], -129
    mov byte [rbx-129], 0x7fff
    mov byte [rbx-129], 128
    mov si, si
    mov si, bx
    mov si, 0
    mov si, 1
    mov si, -1
    mov si, 127
    mov si, 128
    mov si, -128
    mov si, -129
    mov si, 255
    mov si, 256
    mov si, 0x7fff
    mov si, 0x8000
    mov si, -32768
    mov si, 0xffff
    mov si, 0x7fffffff
    mov si, 0x80000000
    mov si, -0x80000000
    mov si, 0xffffffff
    mov si, 0x100000000
    mov si, -2
    mov si, [var]
    mov [var], si
    mov si, [r13]
    mov [r13], si
    mov si, [rdi*2+1]
    mov [rdi*2+1], si
    mov si, [rsp]
    mov [rsp], si
    mov si, [rbx+rcx]
    mov [rbx+rcx], si
    mov r9w, r14w
    mov r9w, bp
    mov r9w, 0
    mov r9w, 1
    mov r9w, -1
    mov r9w, 127
    mov r9w, 128
    mov r9w, -128
    mov r9w, -129
    mov r9w, 255
    mov r9w, 256
    mov r9w, 0x7fff
    mov r9w, 0x8000
    mov r9w, -32768
    mov r9w, 0xffff
    mov r9w, 0x7fffffff
    mov r9w, 0x80000000
    mov r9w, -0x80000000
    mov r9w, 0xffffffff
    mov r9w, 0x100000000
    mov r9w, -2
    mov r9w, [rsi+0x7fffffff]
    mov [rsi+0x7fffffff], r9w
    mov r9w, [r13]
    mov [r13], r9w
    mov r9w, [var]
    mov [var], r9w
    mov r9w, [rdi*2+1]
    mov [rdi*2+1], r9w
    mov r9w, [rax*8]
    mov [rax*8], r9w
    mov dx, dx
    mov dx, di
    mov dx, 0
    mov dx, 1
    mov dx, -1
    mov dx, 127
    mov dx, 128
    mov dx, -128
    mov dx, -129
    mov dx, 255
    mov dx, 256
    mov dx, 0x7fff
    mov dx, 0x8000
    mov dx, -32768
    mov dx, 0xffff
    mov dx, 0x7fffffff
    mov dx, 0x80000000
    mov dx, -0x80000000
    mov dx, 0xffffffff
    mov dx, 0x100000000
    mov dx, -2
    mov dx, [var]
    mov [var], dx
    mov dx, [rbp-8]
    mov [rbp-8], dx
    mov dx, [r8+r9*8-0x80]
    mov [r8+r9*8-0x80], dx
    mov dx, [rsp+8]
    mov [rsp+8], dx
    mov dx, [r13]
    mov [r13], dx
    mov word [rax*8], -129
    mov word [rax*8], 256
    mov word [rax*8], 0x7fff
    mov word [rax*8], 128
    mov word [rax*8], -32768
    mov word [var], 128
    mov word [var], 255
    mov word [var], 0x8000
    mov word [var], -32768
    mov word [var], -1
    mov word [rsp+8], 255
    mov word [rsp+8], 0x8000
    mov word [rsp+8], -129
    mov word [rsp+8], 256
    mov word [rsp+8], -32768
    mov word [rsi+0x7fffffff], 127
    mov word [rsi+0x7fffffff], -128
    mov word [rsi+0x7fffffff], -2
    mov word [rsi+0x7fffffff], -129
    mov word [rsi+0x7fffffff], -0x80000000
    mov edx, esp
    mov edx, esi
    mov edx, 0
    mov edx, 1
    mov edx, -1
    mov edx, 127
    mov edx, 128
    mov edx, -128
    mov edx, -129
    mov edx, 255
    mov edx, 256
    mov edx, 0x7fff
    mov edx, 0x8000
    mov edx, -32768
    mov edx, 0xffff
    mov edx, 0x7fffffff
    mov edx, 0x80000000
    mov edx, -0x80000000
    mov edx, 0xffffffff
    mov edx, 0x100000000
    mov edx, -2
    mov edx, [rbp-8]
    mov [rbp-8], edx
    mov edx, [rbx-129]
    mov [rbx-129], edx
    mov edx, [r12]
    mov [r12], edx
    mov edx, [r8+r9*8-0x80]
    mov [r8+r9*8-0x80], edx
    mov edx, [rsp+rax]
    mov [rsp+rax], edx
    mov r13d, ebx
    mov r13d, esi
    mov r13d, 0
    mov r13d, 1
    mov r13d, -1
    mov r13d, 127
    mov r13d, 128
    mov r13d, -128
    mov r13d, -129
    mov r13d, 255
    mov r13d, 256
    mov r13d, 0x7fff
    mov r13d, 0x8000
    mov r13d, -32768
    mov r13d, 0xffff
    mov r13d, 0x7fffffff
    mov r13d, 0x80000000
    mov r13d, -0x80000000
    mov r13d, 0xffffffff
    mov r13d, 0x100000000
    mov r13d, -2
    mov r13d, [var]
    mov [var], r13d
    mov r13d, [rsp]
    mov [rsp], r13d
    mov r13d, [rax]
    mov [rax], r13d
    mov r13d, [0x10]
    mov [0x10], r13d
    mov r13d, [rel var]
    mov [rel var], r13d
    mov esp, ebx
    mov esp, r8d
    mov esp, 0
    mov esp, 1
    mov esp, -1
    mov esp, 127
    mov esp, 128
    mov esp, -128
    mov esp, -129
    mov esp, 255
    mov esp, 256
    mov esp, 0x7fff
    mov esp, 0x8000
    mov esp, -32768
    mov esp, 0xffff
    mov esp, 0x7fffffff
    mov esp, 0x80000000
    mov esp, -0x80000000
    mov esp, 0xffffffff
    mov esp, 0x100000000
    mov esp, -2
    mov esp, [rsp+rax]
    mov [rsp+rax], esp
    mov esp, [r13+r12*2]
    mov [r13+r12*2], esp
    mov esp, [var]
    mov [var], esp
    mov esp, [rax]
    mov [rax], esp
    mov esp, [r13]
    mov [r13], esp
    mov dword [rbp-8], 255
    mov dword [rbp-8], 0x7fffffff
    mov dword [rbp-8], 0x100000000
    mov dword [rbp-8], -2
    mov dword [rbp-8], 0x8000
    mov dword [rcx*3], -2
    mov dword [rcx*3], 255
    mov dword [rcx*3], -128
    mov dword [rcx*3], 127
    mov dword [rcx*3], 0x100000000
    mov dword [0x10], 0x7fffffff
    mov dword [0x10], 0x8000
    mov dword [0x10], 256
    mov dword [0x10], 127
    mov dword [0x10], 0x80000000
    mov dword [rax], 0x7fffffff
    mov dword [rax], 255
    mov dword [rax], 0xffff
    mov dword [rax], -128
    mov dword [rax], 128
    mov rsi, rax
    mov rsi, r9
    mov rsi, 0
    mov rsi, 1
    mov rsi, -1
    mov rsi, 127
    mov rsi, 128
    mov rsi, -128
    mov rsi, -129
    mov rsi, 255
    mov rsi, 256
    mov rsi, 0x7fff
    mov rsi, 0x8000
    mov rsi, -32768
    mov rsi, 0xffff
    mov rsi, 0x7fffffff
    mov rsi, 0x80000000
    mov rsi, -0x80000000
    mov rsi, 0xffffffff
    mov rsi, 0x100000000
    mov rsi, -2
    mov rsi, [rel var]
    mov [rel var], rsi
    mov rsi, [rsi+0x7fffffff]
    mov [rsi+0x7fffffff], rsi
    mov rsi, [rax+rbx*4+8]
    mov [rax+rbx*4+8], rsi
    mov rsi, [rax*8]
    mov [rax*8], rsi
    mov rsi, [rax]
    mov [rax], rsi
    mov rdi, rsi
    mov rdi, rdi
    mov rdi, 0
    mov rdi, 1
    mov rdi, -1
    mov rdi, 127
    mov rdi, 128
    mov rdi, -128
    mov rdi, -129
    mov rdi, 255
    mov rdi, 256
    mov rdi, 0x7fff
    mov rdi, 0x8000
    mov rdi, -32768
    mov rdi, 0xffff
    mov rdi, 0x7fffffff
    mov rdi, 0x80000000
    mov rdi, -0x80000000
    mov rdi, 0xffffffff
    mov rdi, 0x100000000
    mov rdi, -2
    mov rdi, [r12]
    mov [r12], rdi
    mov rdi, [rsp]
    mov [rsp], rdi
    mov rdi, [rbp-8]
    mov [rbp-8], rdi
    mov rdi, [rdi*2+1]
    mov [rdi*2+1], rdi
    mov rdi, [rbx-129]
    mov [rbx-129], rdi
    mov r13, rdx
    mov r13, r13
    mov r13, 0
    mov r13, 1
    mov r13, -1
    mov r13, 127
    mov r13, 128
    mov r13, -128
    mov r13, -129
    mov r13, 255
    mov r13, 256
    mov r13, 0x7fff
    mov r13, 0x8000
    mov r13, -32768
    mov r13, 0xffff
    mov r13, 0x7fffffff
    mov r13, 0x80000000
    mov r13, -0x80000000
    mov r13, 0xffffffff
    mov r13, 0x100000000
    mov r13, -2
    mov r13, [rbx-129]
    mov [rbx-129], r13
    mov r13, [rsi+0x7fffffff]
    mov [rsi+0x7fffffff], r13
    mov r13, [rbx+rcx]
    mov [rbx+rcx], r13
    mov r13, [r12]
    mov [r12], r13
    mov r13, [var]
    mov [var], r13
    mov qword [rdi*2+1], 0
    mov qword [rdi*2+1], -32768
    mov qword [rdi*2+1], 0xffffffff
    mov qword [rdi*2+1], 0x8000
    mov qword [rdi*2+1], -129
    mov qword [rbx-129], 0x80000000
    mov qword [rbx-129], -129
    mov qword [rbx-129], -128
    mov qword [rbx-129], 0xffff
    mov qword [rbx-129], 256
    mov qword [var+4], 127
    mov qword [var+4], -32768
    mov qword [var+4], 1
    mov qword [var+4], 256
    mov qword [var+4], 128
    mov qword [rsi+0x7fffffff], 0xffff
    mov qword [rsi+0x7fffffff], -2
    mov qword [rsi+0x7fffffff], 1
    mov qword [rsi+0x7fffffff], 0
    mov qword [rsi+0x7fffffff], 0xffffffff
    test spl, dil
    test spl, 0
    test spl, 1
    test spl, -1
    test spl, 127
    test spl, 128
    test spl, -128
    test spl, -129
    test spl, 255
    test spl, 256
    test spl, 0x7fff
    test spl, 0x8000
    test spl, -32768
    test spl, 0xffff
    test spl, 0x7fffffff
    test spl, 0x80000000
    test spl, -0x80000000
    test spl, 0xffffffff
    test spl, 0x100000000
    test spl, -2
    test spl, [r12]
    test [r12], spl
    test spl, [rsp+8]
    test [rsp+8], spl
    test spl, [r13+r12*2]
    test [r13+r12*2], spl
    test spl, [0x10]
    test [0x10], spl
    test spl, [rsi+0x7fffffff]
    test [rsi+0x7fffffff], spl
    test r15b, bl
    test r15b, spl
    test r15b, 0
    test r15b, 1
    test r15b, -1
    test r15b, 127
    test r15b, 128
    test r15b, -128
    test r15b, -129
    test r15b, 255
    test r15b, 256
    test r15b, 0x7fff
    test r15b, 0x8000
    test r15b, -32768
    test r15b, 0xffff
    test r15b, 0x7fffffff
    test r15b, 0x80000000
    test r15b, -0x80000000
    test r15b, 0xffffffff
    test r15b, 0x100000000
    test r15b, -2
    test r15b, [var]
    test [var], r15b
    test r15b, [rbx-129]
    test [rbx-129], r15b
    test r15b, [rax+rbx*4+8]
    test [rax+rbx*4+8], r15b
    test r15b, [r13]
    test [r13], r15b
    test r15b, [rbp]
    test [rbp], r15b
    test ch, bl
    test ch, 0
    test ch, 1
    test ch, -1
    test ch, 127
    test ch, 128
    test ch, -128
    test ch, -129
    test ch, 255
    test ch, 256
    test ch, 0x7fff
    test ch, 0x8000
    test ch, -32768
    test ch, 0xffff
    test ch, 0x7fffffff
    test ch, 0x80000000
    test ch, -0x80000000
    test ch, 0xffffffff
    test ch, 0x100000000
    test ch, -2
    test ch, [var+4]
    test [var+4], ch
    test ch, [rdi*2+1]
    test [rdi*2+1], ch
    test ch, [rsp+8]
    test [rsp+8], ch
    test ch, [rbx+rcx]
    test [rbx+rcx], ch
    test byte [rsp+rax], 0x100000000
    test byte [rsp+rax], 128
    test byte [rsp+rax], -0x80000000
    test byte [rsp+rax], -32768
    test byte [rsp+rax], 0xffff
    test byte [rel var], 255
    test byte [rel var], 256
    test byte [rel var], 0xffff
    test byte [rel var], 0x100000000
    test byte [rel var], -129
    test byte [var], -128
    test byte [var], -0x80000000
    test byte [var], 0
    test byte [var], 256
    test byte [var], -2
    test byte [r13+r12*2], 255
    test byte [r13+r12*2], 0x7fff
    test byte [r13+r12*2], 0x8000
    test byte [r13+r12*2], -0x80000000
    test byte [r13+r12*2], -2
    test si, dx
    test si, sp
    test si, 0
    test si, 1
    test si, -1
    test si, 127
    test si, 128
    test si, -128
    test si, -129
    test si, 255
    test si, 256
    test si, 0x7fff
    test si, 0x8000
    test si, -32768
    test si, 0xffff
    test si, 0x7fffffff
    test si, 0x80000000
    test si, -0x80000000
    test si, 0xffffffff
    test si, 0x100000000
    test si, -2
    test si, [0x10]
    test [0x10], si
    test si, [rsp]
    test [rsp], si
    test si, [rbp]
    test [rbp], si
    test si, [rax*8]
    test [rax*8], si
    test si, [r13]
    test [r13], si
    test cx, r9w
    test cx, bp
    test cx, 0
    test cx, 1
    test cx, -1
    test cx, 127
    test cx, 128
    test cx, -128
    test cx, -129
    test cx, 255
    test cx, 256
    test cx, 0x7fff
    test cx, 0x8000
    test cx, -32768
    test cx, 0xffff
    test cx, 0x7fffffff
    test cx, 0x80000000
    test cx, -0x80000000
    test cx, 0xffffffff
    test cx, 0x100000000
    test cx, -2
    test cx, [rsp+rax]
    test [rsp+rax], cx
    test cx, [r8+r9*8-0x80]
    test [r8+r9*8-0x80], cx
    test cx, [rax]
    test [rax], cx
    test cx, [rcx*3]
    test [rcx*3], cx
    test cx, [rbx-129]
    test [rbx-129], cx
    test bp, cx
    test bp, sp
    test bp, 0
    test bp, 1
    test bp, -1
    test bp, 127
    test bp, 128
    test bp, -128
    test bp, -129
    test bp, 255
    test bp, 256
    test bp, 0x7fff
    test bp, 0x8000
    test bp, -32768
    test bp, 0xffff
    test bp, 0x7fffffff
    test bp, 0x80000000
    test bp, -0x80000000
    test bp, 0xffffffff
    test bp, 0x100000000
    test bp, -2
    test bp, [rbp-8]
    test [rbp-8], bp
    test bp, [rcx*3]
    test [rcx*3], bp
    test bp, [r12]
    test [r12], bp
    test bp, [r13]
    test [r13], bp
    test bp, [rsp+8]
    test [rsp+8], bp
    test word [rax+rbx*4+8], -129
    test word [rax+rbx*4+8], 0xffff
    test word [rax+rbx*4+8], -128
    test word [rax+rbx*4+8], -1
    test word [rax+rbx*4+8], 0x8000
    test word [var], 0x100000000
    test word [var], 0x7fff
    test word [var], -129
    test word [var], -0x80000000
    test word [var], -32768
    test word [rbx+rcx], -129
    test word [rbx+rcx], 0xffffffff
    test word [rbx+rcx], -1
    test word [rbx+rcx], 0x80000000
    test word [rbx+rcx], 0x8000
    test word [r13], 127
    test word [r13], 0x100000000
    test word [r13], -2
    test word [r13], 256
    test word [r13], -129
    test ebx, edi
    test ebx, r8d
    test ebx, 0
    test ebx, 1
    test ebx, -1
    test ebx, 127
    test ebx, 128
    test ebx, -128
    test ebx, -129
    test ebx, 255
    test ebx, 256
    test ebx, 0x7fff
    test ebx, 0x8000
    test ebx, -32768
    test ebx, 0xffff
    test ebx, 0x7fffffff
    test ebx, 0x80000000
    test ebx, -0x80000000
    test ebx, 0xffffffff
    test ebx, 0x100000000
    test ebx, -2
    test ebx, [rsp]
    test [rsp], ebx
    test ebx, [var+4]
    test [var+4], ebx
    test ebx, [var]
    test [var], ebx
    test ebx, [r13]
    test [r13], ebx
    test ebx, [rcx*3]
    test [rcx*3], ebx
    test edx, ebx
    test edx, edi
    test edx, 0
    test edx, 1
    test edx, -1
    test edx, 127
    test edx, 128
    test edx, -128
    test edx, -129
    test edx, 255
    test edx, 256
    test edx, 0x7fff
    test edx, 0x8000
    test edx, -32768
    test edx, 0xffff
    test edx, 0x7fffffff
    test edx, 0x80000000
    test edx, -0x80000000
    test edx, 0xffffffff
    test edx, 0x100000000
    test edx, -2
    test edx, [rax+rbx*4+8]
    test [rax+rbx*4+8], edx
    test edx, [rdi*2+1]
    test [rdi*2+1], edx
    test edx, [rax]
    test [rax], edx
    test edx, [rsp+rax]
    test [rsp+rax], edx
    test edx, [rax*8]
    test [rax*8], edx
    test edi, edi
    test edi, r11d
    test edi, 0
    test edi, 1
    test edi, -1
    test edi, 127
    test edi, 128
    test edi, -128
    test edi, -129
    test edi, 255
    test edi, 256
    test edi, 0x7fff
    test edi, 0x8000
    test edi, -32768
    test edi, 0xffff
    test edi, 0x7fffffff
    test edi, 0x80000000
    test edi, -0x80000000
    test edi, 0xffffffff
    test edi, 0x100000000
    test edi, -2
    test edi, [var+4]
    test [var+4], edi
    test edi, [r13+r12*2]
    test [r13+r12*2], edi
    test edi, [var]
    test [var], edi
    test edi, [rbx+rcx]
    test [rbx+rcx], edi
    test edi, [rel var]
    test [rel var], edi
    test dword [rel var], 0
    test dword [rel var], -2
    test dword [rel var], 1
    test dword [rel var], 0x8000
    test dword [rel var], 0xffff
    test dword [rbp], 127
    test dword [rbp], 0xffffffff
    test dword [rbp], -0x80000000
    test dword [rbp], 0x100000000
    test dword [rbp], 0xffff
    test dword [rax+rbx*4+8], 128
    test dword [rax+rbx*4+8], 1
    test dword [rax+rbx*4+8], -129
    test dword [rax+rbx*4+8], 0x7fffffff
    test dword [rax+rbx*4+8], 0x8000
    test dword [rbx+rcx], 128
    test dword [rbx+rcx], 0x8000
    test dword [rbx+rcx], 127
    test dword [rbx+rcx], -32768
    test dword [rbx+rcx], -128
    test rdi, r15
    test rdi, rbx
    test rdi, 0
    test rdi, 1
    test rdi, -1
    test rdi, 127
    test rdi, 128
    test rdi, -128
    test rdi, -129
    test rdi, 255
    test rdi, 256
    test rdi, 0x7fff
    test rdi, 0x8000
    test rdi, -32768
    test rdi, 0xffff
    test rdi, 0x7fffffff
    test rdi, 0x80000000
    test rdi, -0x80000000
    test rdi, 0xffffffff
    test rdi, 0x100000000
    test rdi, -2
    test rdi, [r13+r12*2]
    test [r13+r12*2], rdi
    test rdi, [rel var]
    test [rel var], rdi
    test rdi, [rax*8]
    test [rax*8], rdi
    test rdi, [rcx*3]
    test [rcx*3], rdi
    test rdi, [rbp-8]
    test [rbp-8], rdi
    test r8, r8
    test r8, rax
    test r8, 0
    test r8, 1
    test r8, -1
    test r8, 127
    test r8, 128
    test r8, -128
    test r8, -129
    test r8, 255
    test r8, 256
    test r8, 0x7fff
    test r8, 0x8000
    test r8, -32768
    test r8, 0xffff
    test r8, 0x7fffffff
    test r8, 0x80000000
    test r8, -0x80000000
    test r8, 0xffffffff
    test r8, 0x100000000
    test r8, -2
    test r8, [r13+r12*2]
    test [r13+r12*2], r8
    test r8, [rsp+rax]
    test [rsp+rax], r8
    test r8, [rbx+rcx]
    test [rbx+rcx], r8
    test r8, [var+4]
    test [var+4], r8
    test r8, [0x10]
    test [0x10], r8
    test r13, rbp
    test r13, r8
    test r13, 0
    test r13, 1
    test r13, -1
    test r13, 127
    test r13, 128
    test r13, -128
    test r13, -129
    test r13, 255
    test r13, 256
    test r13, 0x7fff
    test r13, 0x8000
    test r13, -32768
    test r13, 0xffff
    test r13, 0x7fffffff
    test r13, 0x80000000
    test r13, -0x80000000
    test r13, 0xffffffff
    test r13, 0x100000000
    test r13, -2
    test r13, [rbp-8]
    test [rbp-8], r13
    test r13, [rsi+0x7fffffff]
    test [rsi+0x7fffffff], r13
    test r13, [rbx+rcx]
    test [rbx+rcx], r13
    test r13, [rbx-129]
    test [rbx-129], r13
    test r13, [var+4]
    test [var+4], r13
    test qword [r12], 0x7fff
    test qword [r12], 128
    test qword [r12], -1
    test qword [r12], 1
    test qword [r12], -129
    test qword [rax*8], 0x100000000
    test qword [rax*8], 0xffff
    test qword [rax*8], 1
    test qword [rax*8], -2
    test qword [rax*8], 128
    test qword [rbx-129], 127
    test qword [rbx-129], 0
    test qword [rbx-129], 1
    test qword [rbx-129], -129
    test qword [rbx-129], 0x7fffffff
    test qword [rcx*3], -0x80000000
    test qword [rcx*3], 1
    test qword [rcx*3], 0xffffffff
    test qword [rcx*3], 0xffff
    test qword [rcx*3], 0x7fff
    inc dl
    inc r8b
    inc dil
    inc byte [rbp]
    inc byte [rbx-129]
    inc byte [rsp]
    inc di
    inc dx
    inc cx
    inc word [rax+rbx*4+8]
    inc word [rsp]
    inc word [rel var]
    inc ecx
    inc eax
    inc ebp
    inc dword [r13]
    inc dword [r13+r12*2]
    inc dword [rdi*2+1]
    inc r13
    inc rsp
    inc r15
    inc qword [rax+rbx*4+8]
    inc qword [rel var]
    inc qword [rsp]
    dec ch
    dec al
    dec spl
    dec byte [r8+r9*8-0x80]
    dec byte [rsp+rax]
    dec byte [rsp]
    dec di
    dec r9w
    dec ax
    dec word [r12]
    dec word [rel var]
    dec word [r8+r9*8-0x80]
    dec esi
    dec edi
    dec ecx
    dec dword [rax]
    dec dword [0x10]
    dec dword [r8+r9*8-0x80]
    dec r12
    dec rdx
    dec rdi
    dec qword [rel var]
    dec qword [rdi*2+1]
    dec qword [r12]
    neg cl
    neg r8b
    neg bpl
    neg byte [rbx-129]
    neg byte [r13]
    neg byte [rax]
    neg si
    neg ax
    neg r9w
    neg word [r12]
    neg word [rbp]
    neg word [rbx-129]
    neg ecx
    neg edx
    neg edi
    neg dword [rax]
    neg dword [rbp-8]
    neg dword [r8+r9*8-0x80]
    neg rbx
    neg rdi
    neg rdx
    neg qword [rsp]
    neg qword [rbx+rcx]
    neg qword [r13]
    not r15b
    not cl
    not ah
    not byte [rsp+rax]
    not byte [rdi*2+1]
    not byte [var+4]
    not di
    not sp
    not ax
    not word [rsp]
    not word [rax]
    not word [rsp+rax]
    not eax
    not r11d
    not ecx
    not dword [0x10]
    not dword [r13+r12*2]
    not dword [rcx*3]
    not r13
    not r9
    not rdx
    not qword [var+4]
    not qword [rcx*3]
    not qword [rsp]
    mul ch
    mul r15b
    mul dil
    mul byte [var]
    mul byte [var+4]
    mul byte [rax+rbx*4+8]
    mul dx
    mul cx
    mul bp
    mul word [rsp+rax]
    mul word [rax+rbx*4+8]
    mul word [rel var]
    mul edi
    mul esi
    mul r13d
    mul dword [rbp-8]
    mul dword [r8+r9*8-0x80]
    mul dword [rax*8]
    mul rsp
    mul r15
    mul rax
    mul qword [rcx*3]
    mul qword [rsp+rax]
    mul qword [rax*8]
    imul dil
    imul al
    imul dl
    imul byte [rcx*3]
    imul byte [r13+r12*2]
    imul byte [r8+r9*8-0x80]
    imul si
    imul bx
    imul r14w
    imul word [0x10]
    imul word [rsp+rax]
    imul word [rsp+8]
    imul edi
    imul esp
    imul eax
    imul dword [rax*8]
    imul dword [rbp-8]
    imul dword [rcx*3]
    imul rsi
    imul rdx
    imul r9
    imul qword [rsp]
    imul qword [r13+r12*2]
    imul qword [r13]
    div dil
    div dl
    div ah
    div byte [rdi*2+1]
    div byte [var+4]
    div byte [rbx+rcx]
    div r9w
    div cx
    div di
    div word [0x10]
    div word [rbx-129]
    div word [rsp+8]
    div esp
    div r11d
    div eax
    div dword [0x10]
    div dword [var]
    div dword [rbx-129]
    div rsp
    div r9
    div rax
    div qword [0x10]
    div qword [var]
    div qword [rdi*2+1]
    idiv cl
    idiv sil
    idiv ch
    idiv byte [rbp]
    idiv byte [rsp+8]
    idiv byte [0x10]
    idiv r14w
    idiv r9w
    idiv sp
    idiv word [rsi+0x7fffffff]
    idiv word [rax*8]
    idiv word [var+4]
    idiv r8d
    idiv r11d
    idiv ebx
    idiv dword [rbx-129]
    idiv dword [rsp+rax]
    idiv dword [rcx*3]
    idiv rcx
    idiv rdx
    idiv rsp
    idiv qword [rbx+rcx]
    idiv qword [r8+r9*8-0x80]
    idiv qword [rcx*3]
    push di
    push bp
    push cx
    push word [rbx+rcx]
    push word [var]
    push word [rbp]
    push r9
    push rax
    push rcx
    push qword [rsp]
    push qword [rbx-129]
    push qword [r8+r9*8-0x80]
    pop si
    pop cx
    pop di
    pop word [r8+r9*8-0x80]
    pop word [rcx*3]
    pop word [r13]
    pop rcx
    pop rax
    pop r13
    pop qword [rsp]
    pop qword [rdi*2+1]
    pop qword [rbx+rcx]
    shl r15b, 1
    shl r15b, cl
    shl r15b, 3
    shl r15b, 0
    shl r15b, 31
    shl r15b, 63
    shl bpl, 1
    shl bpl, cl
    shl bpl, 3
    shl bpl, 0
    shl bpl, 31
    shl bpl, 63
    shl byte [var+4], 1
    shl byte [var+4], cl
    shl byte [var+4], 5
    shl byte [rbp], 1
    shl byte [rbp], cl
    shl byte [rbp], 5
    shl r14w, 1
    shl r14w, cl
    shl r14w, 3
    shl r14w, 0
    shl r14w, 31
    shl r14w, 63
    shl si, 1
    shl si, cl
    shl si, 3
    shl si, 0
    shl si, 31
    shl si, 63
    shl word [r12], 1
    shl word [r12], cl
    shl word [r12], 5
    shl word [rbp], 1
    shl word [rbp], cl
    shl word [rbp], 5
    shl esp, 1
    shl esp, cl
    shl esp, 3
    shl esp, 0
    shl esp, 31
    shl esp, 63
    shl ebp, 1
    shl ebp, cl
    shl ebp, 3
    shl ebp, 0
    shl ebp, 31
    shl ebp, 63
    shl dword [r8+r9*8-0x80], 1
    shl dword [r8+r9*8-0x80], cl
    shl dword [r8+r9*8-0x80], 5
    shl dword [rsp+8], 1
    shl dword [rsp+8], cl
    shl dword [rsp+8], 5
    shl r12, 1
    shl r12, cl
    shl r12, 3
    shl r12, 0
    shl r12, 31
    shl r12, 63
    shl rcx, 1
    shl rcx, cl
    shl rcx, 3
    shl rcx, 0
    shl rcx, 31
    shl rcx, 63
    shl qword [rsi+0x7fffffff], 1
    shl qword [rsi+0x7fffffff], cl
    shl qword [rsi+0x7fffffff], 5
    shl qword [0x10], 1
    shl qword [0x10], cl
    shl qword [0x10], 5
    shr dl, 1
    shr dl, cl
    shr dl, 3
    shr dl, 0
    shr dl, 31
    shr dl, 63
    shr bpl, 1
    shr bpl, cl
    shr bpl, 3
    shr bpl, 0
    shr bpl, 31
    shr bpl, 63
    shr byte [rax+rbx*4+8], 1
    shr byte [rax+rbx*4+8], cl
    shr byte [rax+rbx*4+8], 5
    shr byte [rbx+rcx], 1
    shr byte [rbx+rcx], cl
    shr byte [rbx+rcx], 5
    shr bx, 1
    shr bx, cl
    shr bx, 3
    shr bx, 0
    shr bx, 31
    shr bx, 63
    shr r14w, 1
    shr r14w, cl
    shr r14w, 3
    shr r14w, 0
    shr r14w, 31
    shr r14w, 63
    shr word [rax+rbx*4+8], 1
    shr word [rax+rbx*4+8], cl
    shr word [rax+rbx*4+8], 5
    shr word [rsp], 1
    shr word [rsp], cl
    shr word [rsp], 5
    shr esp, 1
    shr esp, cl
    shr esp, 3
    shr esp, 0
    shr esp, 31
    shr esp, 63
    shr ebp, 1
    shr ebp, cl
    shr ebp, 3
    shr ebp, 0
    shr ebp, 31
    shr ebp, 63
    shr dword [rsp], 1
    shr dword [rsp], cl
    shr dword [rsp], 5
    shr dword [rdi*2+1], 1
    shr dword [rdi*2+1], cl
    shr dword [rdi*2+1], 5
    shr rax, 1
    shr rax, cl
    shr rax, 3
    shr rax, 0
    shr rax, 31
    shr rax, 63
    shr r15, 1
    shr r15, cl
    shr r15, 3
    shr r15, 0
    shr r15, 31
    shr r15, 63
    shr qword [rbp-8], 1
    shr qword [rbp-8], cl
    shr qword [rbp-8], 5
    shr qword [rsi+0x7fffffff], 1
    shr qword [rsi+0x7fffffff], cl
    shr qword [rsi+0x7fffffff], 5
    sar r15b, 1
    sar r15b, cl
    sar r15b, 3
    sar r15b, 0
    sar r15b, 31
    sar r15b, 63
    sar r8b, 1
    sar r8b, cl
    sar r8b, 3
    sar r8b, 0
    sar r8b, 31
    sar r8b, 63
    sar byte [var+4], 1
    sar byte [var+4], cl
    sar byte [var+4], 5
    sar byte [rsp], 1
    sar byte [rsp], cl
    sar byte [rsp], 5
    sar cx, 1
    sar cx, cl
    sar cx, 3
    sar cx, 0
    sar cx, 31
    sar cx, 63
    sar dx, 1
    sar dx, cl
    sar dx, 3
    sar dx, 0
    sar dx, 31
    sar dx, 63
    sar word [rax*8], 1
    sar word [rax*8], cl
    sar word [rax*8], 5
    sar word [rax], 1
    sar word [rax], cl
    sar word [rax], 5
    sar ebx, 1
    sar ebx, cl
    sar ebx, 3
    sar ebx, 0
    sar ebx, 31
    sar ebx, 63
    sar esp, 1
    sar esp, cl
    sar esp, 3
    sar esp, 0
    sar esp, 31
    sar esp, 63
    sar dword [r8+r9*8-0x80], 1
    sar dword [r8+r9*8-0x80], cl
    sar dword [r8+r9*8-0x80], 5
    sar dword [rsp+rax], 1
    sar dword [rsp+rax], cl
    sar dword [rsp+rax], 5
    sar rdi, 1
    sar rdi, cl
    sar rdi, 3
    sar rdi, 0
    sar rdi, 31
    sar rdi, 63
    sar r12, 1
    sar r12, cl
    sar r12, 3
    sar r12, 0
    sar r12, 31
    sar r12, 63
    sar qword [r12], 1
    sar qword [r12], cl
    sar qword [r12], 5
    sar qword [var+4], 1
    sar qword [var+4], cl
    sar qword [var+4], 5
    rol ch, 1
    rol ch, cl
    rol ch, 3
    rol ch, 0
    rol ch, 31
    rol ch, 63
    rol r15b, 1
    rol r15b, cl
    rol r15b, 3
    rol r15b, 0
    rol r15b, 31
    rol r15b, 63
    rol byte [rbp-8], 1
    rol byte [rbp-8], cl
    rol byte [rbp-8], 5
    rol byte [0x10], 1
    rol byte [0x10], cl
    rol byte [0x10], 5
    rol cx, 1
    rol cx, cl
    rol cx, 3
    rol cx, 0
    rol cx, 31
    rol cx, 63
    rol bp, 1
    rol bp, cl
    rol bp, 3
    rol bp, 0
    rol bp, 31
    rol bp, 63
    rol word [var+4], 1
    rol word [var+4], cl
    rol word [var+4], 5
    rol word [0x10], 1
    rol word [0x10], cl
    rol word [0x10], 5
    rol edx, 1
    rol edx, cl
    rol edx, 3
    rol edx, 0
    rol edx, 31
    rol edx, 63
    rol edi, 1
    rol edi, cl
    rol edi, 3
    rol edi, 0
    rol edi, 31
    rol edi, 63
    rol dword [rsp+8], 1
    rol dword [rsp+8], cl
    rol dword [rsp+8], 5
    rol dword [r13], 1
    rol dword [r13], cl
    rol dword [r13], 5
    rol r12, 1
    rol r12, cl
    rol r12, 3
    rol r12, 0
    rol r12, 31
    rol r12, 63
    rol rax, 1
    rol rax, cl
    rol rax, 3
    rol rax, 0
    rol rax, 31
    rol rax, 63
    rol qword [var], 1
    rol qword [var], cl
    rol qword [var], 5
    rol qword [rbx-129], 1
    rol qword [rbx-129], cl
    rol qword [rbx-129], 5
    ror al, 1
    ror al, cl
    ror al, 3
    ror al, 0
    ror al, 31
    ror al, 63
    ror dl, 1
    ror dl, cl
    ror dl, 3
    ror dl, 0
    ror dl, 31
    ror dl, 63
    ror byte [rsp+8], 1
    ror byte [rsp+8], cl
    ror byte [rsp+8], 5
    ror byte [rbp], 1
    ror byte [rbp], cl
    ror byte [rbp], 5
    ror r14w, 1
    ror r14w, cl
    ror r14w, 3
    ror r14w, 0
    ror r14w, 31
    ror r14w, 63
    ror bp, 1
    ror bp, cl
    ror bp, 3
    ror bp, 0
    ror bp, 31
    ror bp, 63
    ror word [r13], 1
    ror word [r13], cl
    ror word [r13], 5
    ror word [var], 1
    ror word [var], cl
    ror word [var], 5
    ror ecx, 1
    ror ecx, cl
    ror ecx, 3
    ror ecx, 0
    ror ecx, 31
    ror ecx, 63
    ror esi, 1
    ror esi, cl
    ror esi, 3
    ror esi, 0
    ror esi, 31
    ror esi, 63
    ror dword [rax], 1
    ror dword [rax], cl
    ror dword [rax], 5
    ror dword [rbp], 1
    ror dword [rbp], cl
    ror dword [rbp], 5
    ror rdi, 1
    ror rdi, cl
    ror rdi, 3
    ror rdi, 0
    ror rdi, 31
    ror rdi, 63
    ror rbp, 1
    ror rbp, cl
    ror rbp, 3
    ror rbp, 0
    ror rbp, 31
    ror rbp, 63
    ror qword [rax*8], 1
    ror qword [rax*8], cl
    ror qword [rax*8], 5
    ror qword [rsp+8], 1
    ror qword [rsp+8], cl
    ror qword [rsp+8], 5
    rcl bpl, 1
    rcl bpl, cl
    rcl bpl, 3
    rcl bpl, 0
    rcl bpl, 31
    rcl bpl, 63
    rcl cl, 1
    rcl cl, cl
    rcl cl, 3
    rcl cl, 0
    rcl cl, 31
    rcl cl, 63
    rcl byte [rsp+rax], 1
    rcl byte [rsp+rax], cl
    rcl byte [rsp+rax], 5
    rcl byte [rbx+rcx], 1
    rcl byte [rbx+rcx], cl
    rcl byte [rbx+rcx], 5
    rcl dx, 1
    rcl dx, cl
    rcl dx, 3
    rcl dx, 0
    rcl dx, 31
    rcl dx, 63
    rcl bp, 1
    rcl bp, cl
    rcl bp, 3
    rcl bp, 0
    rcl bp, 31
    rcl bp, 63
    rcl word [rsp+8], 1
    rcl word [rsp+8], cl
    rcl word [rsp+8], 5
    rcl word [rsp], 1
    rcl word [rsp], cl
    rcl word [rsp], 5
    rcl edx, 1
    rcl edx, cl
    rcl edx, 3
    rcl edx, 0
    rcl edx, 31
    rcl edx, 63
    rcl edi, 1
    rcl edi, cl
    rcl edi, 3
    rcl edi, 0
    rcl edi, 31
    rcl edi, 63
    rcl dword [rdi*2+1], 1
    rcl dword [rdi*2+1], cl
    rcl dword [rdi*2+1], 5
    rcl dword [r13], 1
    rcl dword [r13], cl
    rcl dword [r13], 5
    rcl rdi, 1
    rcl rdi, cl
    rcl rdi, 3
    rcl rdi, 0
    rcl rdi, 31
    rcl rdi, 63
    rcl rdx, 1
    rcl rdx, cl
    rcl rdx, 3
    rcl rdx, 0
    rcl rdx, 31
    rcl rdx, 63
    rcl qword [rbp-8], 1
    rcl qword [rbp-8], cl
    rcl qword [rbp-8], 5
    rcl qword [rel var], 1
    rcl qword [rel var], cl
    rcl qword [rel var], 5
    rcr spl, 1
    rcr spl, cl
    rcr spl, 3
    rcr spl, 0
    rcr spl, 31
    rcr spl, 63
    rcr bl, 1
    rcr bl, cl
    rcr bl, 3
    rcr bl, 0
    rcr bl, 31
    rcr bl, 63
    rcr byte [r13], 1
    rcr byte [r13], cl
    rcr byte [r13], 5
    rcr byte [rax], 1
    rcr byte [rax], cl
    rcr byte [rax], 5
    rcr sp, 1
    rcr sp, cl
    rcr sp, 3
    rcr sp, 0
    rcr sp, 31
    rcr sp, 63
    rcr r14w, 1
    rcr r14w, cl
    rcr r14w, 3
    rcr r14w, 0
    rcr r14w, 31
    rcr r14w, 63
    rcr word [rax*8], 1
    rcr word [rax*8], cl
    rcr word [rax*8], 5
    rcr word [rax+rbx*4+8], 1
    rcr word [rax+rbx*4+8], cl
    rcr word [rax+rbx*4+8], 5
    rcr esp, 1
    rcr esp, cl
    rcr esp, 3
    rcr esp, 0
    rcr esp, 31
    rcr esp, 63
    rcr edi, 1
    rcr edi, cl
    rcr edi, 3
    rcr edi, 0
    rcr edi, 31
    rcr edi, 63
    rcr dword [r12], 1
    rcr dword [r12], cl
    rcr dword [r12], 5
    rcr dword [rax*8], 1
    rcr dword [rax*8], cl
    rcr dword [rax*8], 5
    rcr rdi, 1
    rcr rdi, cl
    rcr rdi, 3
    rcr rdi, 0
    rcr rdi, 31
    rcr rdi, 63
    rcr r15, 1
    rcr r15, cl
    rcr r15, 3
    rcr r15, 0
    rcr r15, 31
    rcr r15, 63
    rcr qword [r12], 1
    rcr qword [r12], cl
    rcr qword [r12], 5
    rcr qword [r13], 1
    rcr qword [r13], cl
    rcr qword [r13], 5
    sal sil, 1
    sal sil, cl
    sal sil, 3
    sal sil, 0
    sal sil, 31
    sal sil, 63
    sal al, 1
    sal al, cl
    sal al, 3
    sal al, 0
    sal al, 31
    sal al, 63
    sal byte [rsp+rax], 1
    sal byte [rsp+rax], cl
    sal byte [rsp+rax], 5
    sal byte [rbx-129], 1
    sal byte [rbx-129], cl
    sal byte [rbx-129], 5
    sal r9w, 1
    sal r9w, cl
    sal r9w, 3
    sal r9w, 0
    sal r9w, 31
    sal r9w, 63
    sal di, 1
    sal di, cl
    sal di, 3
    sal di, 0
    sal di, 31
    sal di, 63
    sal word [r13+r12*2], 1
    sal word [r13+r12*2], cl
    sal word [r13+r12*2], 5
    sal word [r12], 1
    sal word [r12], cl
    sal word [r12], 5
    sal esp, 1
    sal esp, cl
    sal esp, 3
    sal esp, 0
    sal esp, 31
    sal esp, 63
    sal ebx, 1
    sal ebx, cl
    sal ebx, 3
    sal ebx, 0
    sal ebx, 31
    sal ebx, 63
    sal dword [rbx+rcx], 1
    sal dword [rbx+rcx], cl
    sal dword [rbx+rcx], 5
    sal dword [rel var], 1
    sal dword [rel var], cl
    sal dword [rel var], 5
    sal rsp, 1
    sal rsp, cl
    sal rsp, 3
    sal rsp, 0
    sal rsp, 31
    sal rsp, 63
    sal rbx, 1
    sal rbx, cl
    sal rbx, 3
    sal rbx, 0
    sal rbx, 31
    sal rbx, 63
    sal qword [rsp+8], 1
    sal qword [rsp+8], cl
    sal qword [rsp+8], 5
    sal qword [r12], 1
    sal qword [r12], cl
    sal qword [r12], 5
    movzx ax, spl
    movzx ax, ah
    movzx ax, byte [rax]
    movzx cx, al
    movzx cx, ah
    movzx cx, byte [rax]
    movzx dx, bpl
    movzx dx, sil
    movzx dx, byte [rax]
    movzx bx, dl
    movzx bx, bpl
    movzx bx, byte [rax]
    movzx sp, ah
    movzx sp, dl
    movzx sp, byte [rax]
    movzx bp, al
    movzx bp, spl
    movzx bp, byte [rax]
    movzx si, dil
    movzx si, dl
    movzx si, byte [rax]
    movzx di, sil
    movzx di, bl
    movzx di, byte [rax]
    movzx r9w, dil
    movzx r9w, cl
    movzx r9w, byte [rax]
    movzx r14w, dl
    movzx r14w, byte [rax]
    movzx eax, dil
    movzx eax, r8b
    movzx eax, bx
    movzx eax, sp
    movzx eax, byte [rax]
    movzx eax, word [rbx+8]
    movzx ecx, bl
    movzx ecx, al
    movzx ecx, cx
    movzx ecx, r9w
    movzx ecx, byte [rax]
    movzx ecx, word [rbx+8]
    movzx edx, spl
    movzx edx, al
    movzx edx, r9w
    movzx edx, bp
    movzx edx, byte [rax]
    movzx edx, word [rbx+8]
    movzx ebx, ch
    movzx ebx, ah
    movzx ebx, di
    movzx ebx, cx
    movzx ebx, byte [rax]
    movzx ebx, word [rbx+8]
    movzx esp, al
    movzx esp, spl
    movzx esp, di
    movzx esp, dx
    movzx esp, byte [rax]
    movzx esp, word [rbx+8]
    movzx ebp, r8b
    movzx ebp, ah
    movzx ebp, bx
    movzx ebp, dx
    movzx ebp, byte [rax]
    movzx ebp, word [rbx+8]
    movzx esi, dil
    movzx esi, ch
    movzx esi, ax
    movzx esi, dx
    movzx esi, byte [rax]
    movzx esi, word [rbx+8]
    movzx edi, r15b
    movzx edi, ch
    movzx edi, r14w
    movzx edi, ax
    movzx edi, byte [rax]
    movzx edi, word [rbx+8]
    movzx r8d, sil
    movzx r8d, di
    movzx r8d, r9w
    movzx r8d, byte [rax]
    movzx r8d, word [rbx+8]
    movzx r11d, cl
    movzx r11d, r15b
    movzx r11d, bp
    movzx r11d, bx
    movzx r11d, byte [rax]
    movzx r11d, word [rbx+8]
    movzx r13d, spl
    movzx r13d, r14w
    movzx r13d, ax
    movzx r13d, byte [rax]
    movzx r13d, word [rbx+8]
    movzx rax, cl
    movzx rax, di
    movzx rax, r14w
    movzx rax, byte [rax]
    movzx rax, word [rbx+8]
    movzx rcx, sil
    movzx rcx, al
    movzx rcx, r9w
    movzx rcx, r14w
    movzx rcx, byte [rax]
    movzx rcx, word [rbx+8]
    movzx rdx, dl
    movzx rdx, al
    movzx rdx, bx
    movzx rdx, cx
    movzx rdx, byte [rax]
    movzx rdx, word [rbx+8]
    movzx rbx, bl
    movzx rbx, dil
    movzx rbx, dx
    movzx rbx, r14w
    movzx rbx, byte [rax]
    movzx rbx, word [rbx+8]
    movzx rsp, cl
    movzx rsp, sp
    movzx rsp, r9w
    movzx rsp, byte [rax]
    movzx rsp, word [rbx+8]
    movzx rbp, al
    movzx rbp, r15b
    movzx rbp, cx
    movzx rbp, bx
    movzx rbp, byte [rax]
    movzx rbp, word [rbx+8]
    movzx rsi, al
    movzx rsi, r14w
    movzx rsi, di
    movzx rsi, byte [rax]
    movzx rsi, word [rbx+8]
    movzx rdi, sil
    movzx rdi, bl
    movzx rdi, di
    movzx rdi, cx
    movzx rdi, byte [rax]
    movzx rdi, word [rbx+8]
    movzx r8, cl
    movzx r8, dx
    movzx r8, ax
    movzx r8, byte [rax]
    movzx r8, word [rbx+8]
    movzx r9, cl
    movzx r9, di
    movzx r9, r14w
    movzx r9, byte [rax]
    movzx r9, word [rbx+8]
    movzx r12, dil
    movzx r12, sil
    movzx r12, sp
    movzx r12, cx
    movzx r12, byte [rax]
    movzx r12, word [rbx+8]
    movzx r13, cl
    movzx r13, r15b
    movzx r13, si
    movzx r13, dx
    movzx r13, byte [rax]
    movzx r13, word [rbx+8]
    movzx r15, sil
    movzx r15, dil
    movzx r15, bx
    movzx r15, r14w
    movzx r15, byte [rax]
    movzx r15, word [rbx+8]
    movsx ax, dl
    movsx ax, r8b
    movsx ax, byte [rax]
    movsx cx, r15b
    movsx cx, spl
    movsx cx, byte [rax]
    movsx dx, r8b
    movsx dx, spl
    movsx dx, byte [rax]
    movsx bx, al
    movsx bx, spl
    movsx bx, byte [rax]
    movsx sp, ch
    movsx sp, spl
    movsx sp, byte [rax]
    movsx bp, r15b
    movsx bp, spl
    movsx bp, byte [rax]
    movsx si, spl
    movsx si, sil
    movsx si, byte [rax]
    movsx di, sil
    movsx di, dl
    movsx di, byte [rax]
    movsx r9w, spl
    movsx r9w, r8b
    movsx r9w, byte [rax]
    movsx r14w, cl
    movsx r14w, sil
    movsx r14w, byte [rax]
    movsx eax, ch
    movsx eax, spl
    movsx eax, bx
    movsx eax, r9w
    movsx eax, byte [rax]
    movsx eax, word [rbx+8]
    movsx ecx, r8b
    movsx ecx, al
    movsx ecx, bx
    movsx ecx, dx
    movsx ecx, byte [rax]
    movsx ecx, word [rbx+8]
    movsx edx, spl
    movsx edx, r15b
    movsx edx, di
    movsx edx, ax
    movsx edx, byte [rax]
    movsx edx, word [rbx+8]
    movsx ebx, al
    movsx ebx, r15b
    movsx ebx, r14w
    movsx ebx, sp
    movsx ebx, byte [rax]
    movsx ebx, word [rbx+8]
    movsx esp, r8b
    movsx esp, dil
    movsx esp, sp
    movsx esp, r9w
    movsx esp, byte [rax]
    movsx esp, word [rbx+8]
    movsx ebp, al
    movsx ebp, dil
    movsx ebp, cx
    movsx ebp, sp
    movsx ebp, byte [rax]
    movsx ebp, word [rbx+8]
    movsx esi, cl
    movsx esi, sil
    movsx esi, ax
    movsx esi, si
    movsx esi, byte [rax]
    movsx esi, word [rbx+8]
    movsx edi, bl
    movsx edi, al
    movsx edi, sp
    movsx edi, cx
    movsx edi, byte [rax]
    movsx edi, word [rbx+8]
    movsx r8d, dx
    movsx r8d, cx
    movsx r8d, byte [rax]
    movsx r8d, word [rbx+8]
    movsx r11d, al
    movsx r11d, dil
    movsx r11d, r9w
    movsx r11d, sp
    movsx r11d, byte [rax]
    movsx r11d, word [rbx+8]
    movsx r13d, cl
    movsx r13d, bpl
    movsx r13d, r14w
    movsx r13d, r9w
    movsx r13d, byte [rax]
    movsx r13d, word [rbx+8]
    movsx rax, dl
    movsx rax, bpl
    movsx rax, cx
    movsx rax, r9w
    movsx rax, byte [rax]
    movsx rax, word [rbx+8]
    movsx rcx, dl
    movsx rcx, si
    movsx rcx, sp
    movsx rcx, byte [rax]
    movsx rcx, word [rbx+8]
    movsx rdx, bl
    movsx rdx, cx
    movsx rdx, r9w
    movsx rdx, byte [rax]
    movsx rdx, word [rbx+8]
    movsx rbx, bpl
    movsx rbx, r14w
    movsx rbx, bx
    movsx rbx, byte [rax]
    movsx rbx, word [rbx+8]
    movsx rsp, r8b
    movsx rsp, spl
    movsx rsp, bx
    movsx rsp, r9w
    movsx rsp, byte [rax]
    movsx rsp, word [rbx+8]
    movsx rbp, r15b
    movsx rbp, di
    movsx rbp, r9w
    movsx rbp, byte [rax]
    movsx rbp, word [rbx+8]
    movsx rsi, dil
    movsx rsi, di
    movsx rsi, r14w
    movsx rsi, byte [rax]
    movsx rsi, word [rbx+8]
    movsx rdi, al
    movsx rdi, bx
    movsx rdi, bp
    movsx rdi, byte [rax]
    movsx rdi, word [rbx+8]
    movsx r8, bl
    movsx r8, r15b
    movsx r8, r9w
    movsx r8, r14w
    movsx r8, byte [rax]
    movsx r8, word [rbx+8]
    movsx r9, spl
    movsx r9, dil
    movsx r9, si
    movsx r9, ax
    movsx r9, byte [rax]
    movsx r9, word [rbx+8]
    movsx r12, dl
    movsx r12, bx
    movsx r12, bp
    movsx r12, byte [rax]
    movsx r12, word [rbx+8]
    movsx r13, sil
    movsx r13, di
    movsx r13, sp
    movsx r13, byte [rax]
    movsx r13, word [rbx+8]
    movsx r15, bl
    movsx r15, sp
    movsx r15, ax
    movsx r15, byte [rax]
    movsx r15, word [rbx+8]
    movsxd rax, eax
    movsxd rax, dword [rcx]
    movsxd rcx, edx
    movsxd rcx, dword [rcx]
    movsxd rdx, r8d
    movsxd rdx, dword [rcx]
    movsxd rbx, ecx
    movsxd rbx, dword [rcx]
    movsxd rsp, r11d
    movsxd rsp, dword [rcx]
    movsxd rbp, ebp
    movsxd rbp, dword [rcx]
    movsxd rsi, edi
    movsxd rsi, dword [rcx]
    movsxd rdi, r13d
    movsxd rdi, dword [rcx]
    movsxd r8, eax
    movsxd r8, dword [rcx]
    movsxd r9, r8d
    movsxd r9, dword [rcx]
    movsxd r12, esi
    movsxd r12, dword [rcx]
    movsxd r13, edi
    movsxd r13, dword [rcx]
    movsxd r15, ebp
    movsxd r15, dword [rcx]
    lea ax, [r12]
    lea ax, [rsi+0x7fffffff]
    lea ax, [rsp+8]
    lea ax, [r13]
    lea cx, [rel var]
    lea cx, [rax*8]
    lea cx, [rbx+rcx]
    lea cx, [r13]
    lea dx, [rbx-129]
    lea dx, [rcx*3]
    lea dx, [rbp-8]
    lea dx, [rsi+0x7fffffff]
    lea bx, [r12]
    lea bx, [var+4]
    lea bx, [rbp-8]
    lea bx, [r13]
    lea sp, [rel var]
    lea sp, [r12]
    lea sp, [rax]
    lea sp, [rsp+rax]
    lea bp, [rdi*2+1]
    lea bp, [r8+r9*8-0x80]
    lea bp, [r12]
    lea bp, [var+4]
    lea si, [0x10]
    lea si, [r8+r9*8-0x80]
    lea si, [r13]
    lea si, [rel var]
    lea di, [rbp-8]
    lea di, [rcx*3]
    lea di, [r12]
    lea di, [0x10]
    lea r9w, [var]
    lea r9w, [rsp+rax]
    lea r9w, [r13+r12*2]
    lea r9w, [rbx+rcx]
    lea r14w, [r13+r12*2]
    lea r14w, [rbx+rcx]
    lea r14w, [0x10]
    lea r14w, [rsi+0x7fffffff]
    lea eax, [rdi*2+1]
    lea eax, [rcx*3]
    lea eax, [0x10]
    lea eax, [rax*8]
    lea ecx, [rax]
    lea ecx, [var+4]
    lea ecx, [0x10]
    lea ecx, [var]
    lea edx, [r13+r12*2]
    lea edx, [rax+rbx*4+8]
    lea edx, [rdi*2+1]
    lea edx, [rsp+rax]
    lea ebx, [r13]
    lea ebx, [rel var]
    lea ebx, [r8+r9*8-0x80]
    lea ebx, [0x10]
    lea esp, [r8+r9*8-0x80]
    lea esp, [rsp+8]
    lea esp, [rbp]
    lea esp, [rax*8]
    lea ebp, [rax*8]
    lea ebp, [rcx*3]
    lea ebp, [rsp+8]
    lea ebp, [rsp+rax]
    lea esi, [rbx-129]
    lea esi, [rel var]
    lea esi, [rax]
    lea esi, [r8+r9*8-0x80]
    lea edi, [rsp]
    lea edi, [rbp-8]
    lea edi, [r8+r9*8-0x80]
    lea edi, [var+4]
    lea r8d, [r13+r12*2]
    lea r8d, [rdi*2+1]
    lea r8d, [rsp+rax]
    lea r8d, [rcx*3]
    lea r11d, [rcx*3]
    lea r11d, [rel var]
    lea r11d, [rsi+0x7fffffff]
    lea r11d, [r8+r9*8-0x80]
    lea r13d, [rel var]
    lea r13d, [0x10]
    lea r13d, [var]
    lea r13d, [rbx+rcx]
    lea rax, [rsp]
    lea rax, [rcx*3]
    lea rax, [rbx+rcx]
    lea rax, [var]
    lea rcx, [rax]
    lea rcx, [rbp]
    lea rcx, [rsi+0x7fffffff]
    lea rcx, [rsp+8]
    lea rdx, [r12]
    lea rdx, [rel var]
    lea rdx, [rbx+rcx]
    lea rdx, [rsi+0x7fffffff]
    lea rbx, [0x10]
    lea rbx, [rdi*2+1]
    lea rbx, [r8+r9*8-0x80]
    lea rbx, [r13]
    lea rsp, [rbx-129]
    lea rsp, [rel var]
    lea rsp, [var+4]
    lea rsp, [0x10]
    lea rbp, [var]
    lea rbp, [rcx*3]
    lea rbp, [r8+r9*8-0x80]
    lea rbp, [rax*8]
    lea rsi, [rsi+0x7fffffff]
    lea rsi, [rbp]
    lea rsi, [rax+rbx*4+8]
    lea rsi, [rbx+rcx]
    lea rdi, [rax*8]
    lea rdi, [rbx+rcx]
    lea rdi, [rbp]
    lea rdi, [r13+r12*2]
    lea r8, [rsi+0x7fffffff]
    lea r8, [rax+rbx*4+8]
    lea r8, [r12]
    lea r8, [r13+r12*2]
    lea r9, [rax*8]
    lea r9, [rsi+0x7fffffff]
    lea r9, [rel var]
    lea r9, [rax+rbx*4+8]
    lea r12, [rsi+0x7fffffff]
    lea r12, [r13+r12*2]
    lea r12, [rsp+rax]
    lea r12, [rbx-129]
    lea r13, [rsi+0x7fffffff]
    lea r13, [rbx-129]
    lea r13, [rel var]
    lea r13, [rax+rbx*4+8]
    lea r15, [rsp]
    lea r15, [r8+r9*8-0x80]
    lea r15, [r12]
    lea r15, [rbx+rcx]
    imul r14w, si, 0
    imul r14w, cx, -2
    imul r14w, r14w, 0x7fff
    imul r14w, ax, 0x100000000
    imul r14w, ax, 0x80000000
    imul r14w, bx, 128
    imul r14w, dx
    imul r14w, [var+4]
    imul ax, si, 0x100000000
    imul ax, r14w, 256
    imul ax, cx, 0xffffffff
    imul ax, dx, 128
    imul ax, dx, 0x7fff
    imul ax, r9w, 127
    imul ax, r9w
    imul ax, [r12]
    imul si, di, 0
    imul si, r14w, 127
    imul si, si, -1
    imul si, ax, -128
    imul si, ax, 256
    imul si, r14w, 255
    imul si, bp
    imul si, [r13]
    imul ebx, ecx, -128
    imul ebx, ebp, 1
    imul ebx, ebx, 256
    imul ebx, edi, 127
    imul ebx, r11d, 0x7fffffff
    imul ebx, esi, 0x7fff
    imul ebx, eax
    imul ebx, [rsp]
    imul ebp, ebx, 255
    imul ebp, ebx, 0xffff
    imul ebp, ebx, 1
    imul ebp, eax, 0x80000000
    imul ebp, edx, 0
    imul ebp, r11d, 0x7fff
    imul ebp, edx
    imul ebp, [rax*8]
    imul esp, edi, 0
    imul esp, ecx, 0x80000000
    imul esp, ebx, 0x7fff
    imul esp, r13d, 0x7fffffff
    imul esp, esi, 0xffffffff
    imul esp, r13d, 128
    imul esp, r11d
    imul esp, [rsp+8]
    imul rsi, rbp, -0x80000000
    imul rsi, rsi, 0
    imul rsi, rdx, 255
    imul rsi, rax, -1
    imul rsi, rsp, -2
    imul rsi, rsi, 0x80000000
    imul rsi, r8
    imul rsi, [rbx+rcx]
    imul rsp, rcx, 127
    imul rsp, rcx, 0x8000
    imul rsp, rsi, 0xffff
    imul rsp, rbp, 0x100000000
    imul rsp, r8, -129
    imul rsp, rbx, -0x80000000
    imul rsp, rsi
    imul rsp, [rbx-129]
    imul r15, rsp, 0x80000000
    imul r15, r12, 0x7fff
    imul r15, rax, -32768
    imul r15, rbp, 255
    imul r15, r15, -129
    imul r15, rdx, 0
    imul r15, rbx
    imul r15, [r13]
    xchg cx, sp
    xchg [rdi*2+1], cx
    xchg bx, dx
    xchg [rdi*2+1], bx
    xchg edi, ebx
    xchg [rax+rbx*4+8], edi
    xchg r13d, ebp
    xchg [rbx+rcx], r13d
    xchg rbx, rsi
    xchg [0x10], rbx
    xchg r13, r12
    xchg [r8+r9*8-0x80], r13
    cmpxchg bx, di
    cmpxchg [rsi+0x7fffffff], bx
    cmpxchg sp, bx
    cmpxchg [rsp+8], sp
    cmpxchg edi, esp
    cmpxchg [rcx*3], edi
    cmpxchg edx, edi
    cmpxchg [r8+r9*8-0x80], edx
    cmpxchg rbp, rbx
    cmpxchg [0x10], rbp
    cmpxchg r8, r9
    cmpxchg [rsi+0x7fffffff], r8
    xadd bx, cx
    xadd [rsi+0x7fffffff], bx
    xadd dx, cx
    xadd [rdi*2+1], dx
    xadd esp, eax
    xadd [r8+r9*8-0x80], esp
    xadd esi, edx
    xadd [r13+r12*2], esi
    xadd rax, r13
    xadd [rbp], rax
    xadd rsi, r13
    xadd [rax+rbx*4+8], rsi
    bt bx, bx
    bt [r12], bx
    bt bp, cx
    bt [rdi*2+1], bp
    bt ebp, esp
    bt [rbx-129], ebp
    bt r8d, ecx
    bt [r13+r12*2], r8d
    bt rcx, rsp
    bt [r13], rcx
    bt rbx, r13
    bt [0x10], rbx
    bt sp, 5
    bt word [rax], 7
    bt ebp, 5
    bt dword [rax], 7
    bt rsi, 5
    bt qword [rax], 7
    bts di, sp
    bts [rax+rbx*4+8], di
    bts dx, ax
    bts [rbx+rcx], dx
    bts r13d, esi
    bts [rax], r13d
    bts ebp, r13d
    bts [var], ebp
    bts rbx, rbp
    bts [rsp+rax], rbx
    bts rsi, rcx
    bts [rax+rbx*4+8], rsi
    bts sp, 5
    bts word [rax], 7
    bts ecx, 5
    bts dword [rax], 7
    bts rsp, 5
    bts qword [rax], 7
    btr r14w, ax
    btr [0x10], r14w
    btr bx, ax
    btr [rcx*3], bx
    btr edx, ebx
    btr [r13+r12*2], edx
    btr esi, edx
    btr [0x10], esi
    btr r13, r8
    btr [r13+r12*2], r13
    btr rax, r12
    btr [rsp+rax], rax
    btr dx, 5
    btr word [rax], 7
    btr r11d, 5
    btr dword [rax], 7
    btr rbx, 5
    btr qword [rax], 7
    btc r14w, r9w
    btc [rbp-8], r14w
    btc di, si
    btc [r8+r9*8-0x80], di
    btc ebp, ecx
    btc [rsp+rax], ebp
    btc eax, esp
    btc [rsp], eax
    btc r9, r13
    btc [rsp], r9
    btc r15, rbx
    btc [r12], r15
    btc ax, 5
    btc word [rax], 7
    btc ebp, 5
    btc dword [rax], 7
    btc rbx, 5
    btc qword [rax], 7
    bsf bp, si
    bsf bp, [0x10]
    bsf cx, r14w
    bsf cx, [rsp+8]
    bsf esp, ecx
    bsf esp, [rbx+rcx]
    bsf r8d, esi
    bsf r8d, [var]
    bsf rbp, r8
    bsf rbp, [rsp+rax]
    bsf r13, r12
    bsf r13, [var]
    bsr r9w, bx
    bsr r9w, [rel var]
    bsr ax, r9w
    bsr ax, [r13]
    bsr edi, eax
    bsr edi, [rdi*2+1]
    bsr ebx, esp
    bsr ebx, [rax+rbx*4+8]
    bsr r8, r15
    bsr r8, [rsp+rax]
    bsr rdx, rbx
    bsr rdx, [rdi*2+1]
    popcnt sp, ax
    popcnt sp, [rax+rbx*4+8]
    popcnt bx, bp
    popcnt bx, [rbx+rcx]
    popcnt esi, ebx
    popcnt esi, [rsp+rax]
    popcnt ecx, esp
    popcnt ecx, [r13]
    popcnt rdx, r13
    popcnt rdx, [var+4]
    popcnt r12, r12
    popcnt r12, [var+4]
    lzcnt bx, ax
    lzcnt bx, [rsi+0x7fffffff]
    lzcnt r14w, di
    lzcnt r14w, [r13]
    lzcnt r13d, esp
    lzcnt r13d, [r13]
    lzcnt ebp, edx
    lzcnt ebp, [r8+r9*8-0x80]
    lzcnt r9, rbp
    lzcnt r9, [rsp+rax]
    lzcnt rbx, rcx
    lzcnt rbx, [rdi*2+1]
    tzcnt si, dx
    tzcnt si, [rcx*3]
    tzcnt dx, di
    tzcnt dx, [0x10]
    tzcnt ebx, esp
    tzcnt ebx, [rax]
    tzcnt ecx, ebp
    tzcnt ecx, [var+4]
    tzcnt rbx, rax
    tzcnt rbx, [rbp-8]
    tzcnt rax, rsp
    tzcnt rax, [rbx-129]
    cmovz cx, di
    cmovz cx, [r12]
    cmovz sp, dx
    cmovz sp, [rax*8]
    cmovz edi, r11d
    cmovz edi, [rbx+rcx]
    cmovz r13d, esp
    cmovz r13d, [rax+rbx*4+8]
    cmovz r8, rax
    cmovz r8, [rax]
    cmovz rcx, rdi
    cmovz rcx, [var+4]
    cmovge cx, r14w
    cmovge cx, [rbp-8]
    cmovge bp, cx
    cmovge bp, [rsp+rax]
    cmovge edi, edi
    cmovge edi, [rbx-129]
    cmovge esi, r8d
    cmovge esi, [rax*8]
    cmovge rax, rcx
    cmovge rax, [rsp+rax]
    cmovge rbp, rsp
    cmovge rbp, [rsp+rax]
    cmovb r14w, bx
    cmovb r14w, [rbp]
    cmovb sp, dx
    cmovb sp, [rax]
    cmovb eax, edx
    cmovb eax, [r13+r12*2]
    cmovb esi, ebp
    cmovb esi, [rax+rbx*4+8]
    cmovb r12, r12
    cmovb r12, [rax+rbx*4+8]
    cmovb r8, rcx
    cmovb r8, [r13+r12*2]
    seto r15b
    seto byte [rdx]
    cmovo r11d, ebp
    setno spl
    setno byte [rdx]
    cmovno edx, r13d
    setb ch
    setb byte [rdx]
    cmovb ebp, ebx
    setae ch
    setae byte [rdx]
    cmovae edx, r8d
    sete ch
    sete byte [rdx]
    cmove esp, ebx
    setne al
    setne byte [rdx]
    cmovne eax, ecx
    setbe dil
    setbe byte [rdx]
    cmovbe r13d, esi
    seta al
    seta byte [rdx]
    cmova ebx, edi
    sets spl
    sets byte [rdx]
    cmovs edi, edx
    setns ah
    setns byte [rdx]
    cmovns r11d, r11d
    setp r8b
    setp byte [rdx]
    cmovp ecx, edx
    setnp r15b
    setnp byte [rdx]
    cmovnp ebx, edx
    setl dl
    setl byte [rdx]
    cmovl edi, r13d
    setge spl
    setge byte [rdx]
    cmovge ecx, eax
    setle bpl
    setle byte [rdx]
    cmovle edi, ebx
    setg bl
    setg byte [rdx]
    cmovg ebp, eax
    movsd xmm0, xmm1
    movsd xmm0, [rsp+8]
    movsd [rbx+r12*2], xmm0
    movsd xmm8, xmm7
    movsd xmm8, [rsp+8]
    movsd [rbx+r12*2], xmm8
    addsd xmm0, xmm15
    addsd xmm0, [rsp+8]
    addsd xmm15, xmm8
    addsd xmm15, [rsp+8]
    subsd xmm7, xmm8
    subsd xmm7, [rsp+8]
    subsd xmm0, xmm0
    subsd xmm0, [rsp+8]
    mulsd xmm1, xmm8
    mulsd xmm1, [rsp+8]
    mulsd xmm15, xmm7
    mulsd xmm15, [rsp+8]
    divsd xmm0, xmm15
    divsd xmm0, [rsp+8]
    divsd xmm8, xmm7
    divsd xmm8, [rsp+8]
    sqrtsd xmm15, xmm8
    sqrtsd xmm15, [rsp+8]
    sqrtsd xmm1, xmm0
    sqrtsd xmm1, [rsp+8]
    minsd xmm15, xmm15
    minsd xmm15, [rsp+8]
    minsd xmm7, xmm8
    minsd xmm7, [rsp+8]
    maxsd xmm8, xmm8
    maxsd xmm8, [rsp+8]
    maxsd xmm1, xmm15
    maxsd xmm1, [rsp+8]
    movss xmm15, xmm0
    movss xmm15, [rsp+8]
    movss [rbx+r12*2], xmm15
    movss xmm0, xmm7
    movss xmm0, [rsp+8]
    movss [rbx+r12*2], xmm0
    addss xmm15, xmm15
    addss xmm15, [rsp+8]
    addss xmm7, xmm15
    addss xmm7, [rsp+8]
    mulss xmm8, xmm8
    mulss xmm8, [rsp+8]
    mulss xmm7, xmm1
    mulss xmm7, [rsp+8]
    ucomisd xmm7, xmm15
    ucomisd xmm7, [rsp+8]
    ucomisd xmm15, xmm0
    ucomisd xmm15, [rsp+8]
    comisd xmm1, xmm8
    comisd xmm1, [rsp+8]
    comisd xmm15, xmm0
    comisd xmm15, [rsp+8]
    ucomiss xmm1, xmm15
    ucomiss xmm1, [rsp+8]
    ucomiss xmm7, xmm15
    ucomiss xmm7, [rsp+8]
    movapd xmm8, xmm15
    movapd xmm8, [rsp+8]
    movapd [rbx+r12*2], xmm8
    movapd xmm7, xmm1
    movapd xmm7, [rsp+8]
    movapd [rbx+r12*2], xmm7
    movaps xmm15, xmm8
    movaps xmm15, [rsp+8]
    movaps [rbx+r12*2], xmm15
    movaps xmm8, xmm7
    movaps xmm8, [rsp+8]
    movaps [rbx+r12*2], xmm8
    movupd xmm0, xmm1
    movupd xmm0, [rsp+8]
    movupd [rbx+r12*2], xmm0
    movupd xmm1, xmm1
    movupd xmm1, [rsp+8]
    movupd [rbx+r12*2], xmm1
    movups xmm15, xmm1
    movups xmm15, [rsp+8]
    movups [rbx+r12*2], xmm15
    movups xmm0, xmm7
    movups xmm0, [rsp+8]
    movups [rbx+r12*2], xmm0
    movdqa xmm0, xmm15
    movdqa xmm0, [rsp+8]
    movdqa [rbx+r12*2], xmm0
    movdqa xmm1, xmm7
    movdqa xmm1, [rsp+8]
    movdqa [rbx+r12*2], xmm1
    movdqu xmm8, xmm15
    movdqu xmm8, [rsp+8]
    movdqu [rbx+r12*2], xmm8
    movdqu xmm1, xmm8
    movdqu xmm1, [rsp+8]
    movdqu [rbx+r12*2], xmm1
    andpd xmm1, xmm15
    andpd xmm1, [rsp+8]
    andpd xmm0, xmm15
    andpd xmm0, [rsp+8]
    xorpd xmm15, xmm8
    xorpd xmm15, [rsp+8]
    xorpd xmm0, xmm0
    xorpd xmm0, [rsp+8]
    orpd xmm8, xmm15
    orpd xmm8, [rsp+8]
    orpd xmm1, xmm15
    orpd xmm1, [rsp+8]
    pxor xmm15, xmm15
    pxor xmm15, [rsp+8]
    pxor xmm0, xmm0
    pxor xmm0, [rsp+8]
    paddd xmm8, xmm15
    paddd xmm8, [rsp+8]
    paddd xmm15, xmm1
    paddd xmm15, [rsp+8]
    psubq xmm1, xmm0
    psubq xmm1, [rsp+8]
    psubq xmm8, xmm1
    psubq xmm8, [rsp+8]
    pand xmm7, xmm8
    pand xmm7, [rsp+8]
    pand xmm0, xmm1
    pand xmm0, [rsp+8]
    por xmm0, xmm0
    por xmm0, [rsp+8]
    por xmm7, xmm0
    por xmm7, [rsp+8]
    pcmpeqb xmm15, xmm8
    pcmpeqb xmm15, [rsp+8]
    pcmpeqb xmm1, xmm7
    pcmpeqb xmm1, [rsp+8]
    pmovmskb eax, xmm0
    cvtsd2ss xmm15, xmm7
    cvtsd2ss xmm15, [rsp+8]
    cvtsd2ss xmm0, xmm1
    cvtsd2ss xmm0, [rsp+8]
    cvtss2sd xmm7, xmm0
    cvtss2sd xmm7, [rsp+8]
    cvtss2sd xmm15, xmm7
    cvtss2sd xmm15, [rsp+8]
    unpcklpd xmm0, xmm7
    unpcklpd xmm0, [rsp+8]
    unpcklpd xmm1, xmm15
    unpcklpd xmm1, [rsp+8]
    shufpd xmm15, xmm8, 1
    shufpd xmm15, [rbx+16], 2
    shufpd xmm7, xmm0, 1
    shufpd xmm7, [rbx+16], 2
    pshufd xmm15, xmm0, 1
    pshufd xmm15, [rbx+16], 2
    pshufd xmm7, xmm7, 1
    pshufd xmm7, [rbx+16], 2
    movq xmm15, rax
    movq rcx, xmm15
    movq xmm15, xmm15
    movq xmm15, [rdx]
    movq [rdx], xmm15
    movq xmm7, rax
    movq rcx, xmm7
    movq xmm7, xmm0
    movq xmm7, [rdx]
    movq [rdx], xmm7
    movd xmm0, eax
    movd r9d, xmm0
    movd xmm0, [rdx]
    movd [rdx], xmm0
    movd xmm1, eax
    movd r9d, xmm1
    movd xmm1, [rdx]
    movd [rdx], xmm1
    cvttsd2si r10, xmm1
    cvttsd2si eax, xmm8
    cvtsd2si r9d, xmm8
    cvtsd2si rax, xmm0
    cvtsi2sd xmm15, rax
    cvtsi2sd xmm15, dword [rax]
    cvtsi2sd xmm15, qword [rax]
    cvtsi2sd xmm7, r9d
    cvtsi2sd xmm7, dword [rax]
    cvtsi2sd xmm7, qword [rax]
    cvtsi2ss xmm15, eax
    cvtsi2ss xmm15, dword [rax]
    cvtsi2ss xmm15, qword [rax]
    cvtsi2ss xmm7, r9d
    cvtsi2ss xmm7, dword [rax]
    cvtsi2ss xmm7, qword [rax]
    movhlps xmm1, xmm15
    movhlps xmm8, xmm8
    movlhps xmm0, xmm0
    movlhps xmm15, xmm1
    punpcklbw xmm15, xmm8
    punpcklbw xmm15, [rsp+8]
    punpcklbw xmm8, xmm1
    punpcklbw xmm8, [rsp+8]
    packuswb xmm8, xmm1
    packuswb xmm8, [rsp+8]
    packuswb xmm15, xmm15
    packuswb xmm15, [rsp+8]
    pslld xmm15, 3
    pslld xmm15, xmm7
    pslld xmm0, 3
    pslld xmm0, xmm7
    psrlq xmm15, 3
    psrlq xmm15, xmm7
    psrlq xmm1, 3
    psrlq xmm1, xmm1
    movmskpd rax, xmm15
    movmskpd r10, xmm0
    sqrtpd xmm7, xmm8
    sqrtpd xmm7, [rsp+8]
    sqrtpd xmm8, xmm7
    sqrtpd xmm8, [rsp+8]
    addpd xmm7, xmm7
    addpd xmm7, [rsp+8]
    addpd xmm0, xmm15
    addpd xmm0, [rsp+8]
    mulps xmm8, xmm1
    mulps xmm8, [rsp+8]
    mulps xmm7, xmm0
    mulps xmm7, [rsp+8]
    divps xmm1, xmm15
    divps xmm1, [rsp+8]
    divps xmm8, xmm0
    divps xmm8, [rsp+8]
    rcpps xmm1, xmm7
    rcpps xmm1, [rsp+8]
    rcpps xmm15, xmm8
    rcpps xmm15, [rsp+8]
    rsqrtss xmm7, xmm15
    rsqrtss xmm7, [rsp+8]
    rsqrtss xmm0, xmm7
    rsqrtss xmm0, [rsp+8]
    cmpsd xmm7, xmm0, 1
    cmpsd xmm7, [rbx+16], 2
    cmpsd xmm1, xmm15, 1
    cmpsd xmm1, [rbx+16], 2
    cmpeqsd xmm0, xmm8
    cmpeqsd xmm0, [rsp+8]
    cmpeqsd xmm1, xmm15
    cmpeqsd xmm1, [rsp+8]
    andnpd xmm0, xmm7
    andnpd xmm0, [rsp+8]
    andnpd xmm7, xmm1
    andnpd xmm7, [rsp+8]
    maxpd xmm1, xmm7
    maxpd xmm1, [rsp+8]
    maxpd xmm0, xmm7
    maxpd xmm0, [rsp+8]
    minps xmm7, xmm7
    minps xmm7, [rsp+8]
    minps xmm1, xmm15
    minps xmm1, [rsp+8]
    haddpd xmm8, xmm0
    haddpd xmm8, [rsp+8]
    haddpd xmm7, xmm7
    haddpd xmm7, [rsp+8]
    pshufb xmm7, xmm15
    pshufb xmm7, [rsp+8]
    pshufb xmm8, xmm7
    pshufb xmm8, [rsp+8]
    palignr xmm1, xmm7, 1
    palignr xmm1, [rbx+16], 2
    palignr xmm15, xmm1, 1
    palignr xmm15, [rbx+16], 2
    ptest xmm1, xmm0
    ptest xmm1, [rsp+8]
    ptest xmm15, xmm8
    ptest xmm15, [rsp+8]
    pminsd xmm8, xmm8
    pminsd xmm8, [rsp+8]
    pminsd xmm15, xmm15
    pminsd xmm15, [rsp+8]
    roundsd xmm7, xmm15, 1
    roundsd xmm7, [rbx+16], 2
    roundsd xmm1, xmm0, 1
    roundsd xmm1, [rbx+16], 2
    blendpd xmm1, xmm7, 1
    blendpd xmm1, [rbx+16], 2
    blendpd xmm7, xmm7, 1
    blendpd xmm7, [rbx+16], 2
    pinsrd xmm15, eax, 1
    pinsrd xmm15, [rax], 2
    pinsrd xmm7, eax, 1
    pinsrd xmm7, [rax], 2
    pextrd eax, xmm15, 1
    pextrd [rax], xmm15, 3
    pextrd eax, xmm0, 1
    pextrd [rax], xmm0, 3
    pinsrq xmm7, rax, 1
    pinsrq xmm15, rax, 1
    pextrq rax, xmm8, 1
    pextrq rax, xmm0, 1
    movntdq [rax], xmm1
    movntdq [rax], xmm7
    lddqu xmm0, [rax]
    lddqu xmm1, [rax]
    movddup xmm0, xmm0
    movddup xmm0, [rsp+8]
    movddup xmm1, xmm8
    movddup xmm1, [rsp+8]
    vaddsd xmm1, xmm2, xmm13
    vaddsd xmm8, xmm2, [rax+rbx]
    vmulsd xmm1, xmm2, xmm13
    vmulsd xmm8, xmm2, [rax+rbx]
    vsubpd ymm15, ymm1, ymm9
    vsubpd xmm15, xmm0, [rsp]
    vaddps ymm1, ymm1, ymm0
    vaddps xmm1, xmm15, [rsp]
    vxorps ymm0, ymm0, ymm0
    vxorps xmm15, xmm7, [rsp]
    vpxor ymm1, ymm0, ymm1
    vpxor xmm7, xmm15, [rsp]
    vpaddd ymm0, ymm9, ymm0
    vpaddd xmm1, xmm7, [rsp]
    vandpd ymm9, ymm0, ymm15
    vandpd xmm8, xmm15, [rsp]
    vmaxsd xmm1, xmm2, xmm13
    vmaxsd xmm8, xmm2, [rax+rbx]
    vminps ymm9, ymm1, ymm0
    vminps xmm8, xmm0, [rsp]
    vdivpd ymm0, ymm9, ymm15
    vdivpd xmm15, xmm8, [rsp]
    vsqrtsd xmm1, xmm2, xmm13
    vsqrtsd xmm8, xmm2, [rax+rbx]
    vunpcklpd ymm9, ymm15, ymm0
    vunpcklpd xmm0, xmm7, [rsp]
    vpshufb ymm9, ymm0, ymm15
    vpshufb xmm15, xmm7, [rsp]
    vpcmpeqd ymm1, ymm0, ymm0
    vpcmpeqd xmm1, xmm1, [rsp]
    vblendvpd ymm1, ymm2, ymm3, ymm4
    vfmadd231sd xmm1, xmm2, xmm13
    vfmadd231sd xmm8, xmm2, [rax+rbx]
    vfmadd132pd ymm1, ymm0, ymm9
    vfmadd132pd xmm7, xmm8, [rsp]
    vpermilps ymm9, ymm1, ymm9
    vpermilps xmm1, xmm15, [rsp]
    vbroadcastss ymm1, [rax]
    vbroadcastss xmm2, xmm3
    vmovapd ymm9, [rax]
    vmovapd [rcx+8], xmm8
    vmovapd xmm0, xmm7
    vmovups ymm15, [rax]
    vmovups [rcx+8], xmm15
    vmovups xmm7, xmm7
    vmovdqu ymm9, [rax]
    vmovdqu [rcx+8], xmm1
    vmovdqu xmm7, xmm0
    vmovsd xmm1, [rax]
    vmovsd [rax], xmm9
    vmovsd xmm1, xmm2, xmm3
    vmovq xmm1, rax
    vmovq rcx, xmm9
    vmovq xmm3, [rdx]
    vmovd xmm1, eax
    vmovd r8d, xmm9
    vcvtsi2sd xmm1, xmm2, rax
    vcvtsi2sd xmm1, xmm2, dword [rax]
    vcvttsd2si eax, xmm1
    vcvttsd2si r9, [rax]
    vcvtsd2ss xmm1, xmm2, xmm13
    vcvtsd2ss xmm8, xmm2, [rax+rbx]
    vptest ymm1, ymm2
    vpbroadcastd ymm1, [rax]
    vpbroadcastd xmm2, xmm3
    vperm2f128 ymm1, ymm2, ymm3, 1
    vinsertf128 ymm1, ymm2, xmm3, 1
    vextractf128 xmm1, ymm2, 1
    vextractf128 [rax], ymm9, 0
    vpsllq ymm1, ymm2, 3
    vpsllq xmm1, xmm2, xmm3
    vzeroupper
    ret
    ret 8
    leave
    cqo
    cdq
    cdqe
    cwde
    cbw
    cwd
    nop
    hlt
    int3
    int 0x80
    syscall
    cpuid
    rdtsc
    pause
    lfence
    mfence
    sfence
    ud2
    clc
    stc
    cmc
    cld
    std
    pushfq
    popfq
    lahf
    sahf
    xlatb
    movsb
    movsw
    movsd
    movsq
    stosb
    stosq
    lodsb
    lodsq
    scasb
    cmpsb
    rep movsb
    rep stosq
    repne scasb
    repe cmpsb
    lock add [rax], ecx
    lock xadd [rbx], rax
    lock cmpxchg [rcx], edx
    enter 16, 0
    bswap eax
    bswap r9
    xchg eax, eax
    xchg rax, rcx
    xchg ax, dx
    nop dword [rax]
    nop word [rax+rax]
    prefetcht0 [rax]
    clflush [rdx]
    fld qword [rax]
    fstp dword [rbx]
    fild dword [rcx]
    fistp qword [rdx]
    fadd st0, st1
    faddp st1
    fxch
    fldz
    fld1
    fsqrt
    fabs
    fchs
    fcomip st0, st1
    fstsw ax
    fnstcw [rsp]
    fldcw [rsp]
    push 1
    push -1
    push 0x1000
    push word 5
    push qword 0x7fffffff
    push fs
    pop gs
    mov rax, cr0
    mov cr3, rax
    mov rax, dr7
    mov ax, ds
    mov ds, ax
    mov es, [rax]
    mov [rax], es
    mov rax, 0x1122334455667788
    mov rax, -1
    mov eax, -1
    mov rax, 0xffffffff
    mov qword [rax], -1
    mov r8, 0x80000000
    crc32 eax, byte [rax]
    crc32 rax, rbx
    adcx eax, ebx
    andn eax, ebx, ecx
    bextr rax, rbx, rcx
    blsr eax, ecx
    pdep rax, rbx, rcx
    rorx eax, ebx, 3
    sarx rax, rbx, rcx
    shlx eax, [rax], ebx
    mulx rax, rbx, rcx
    movbe eax, [rax]
    movbe [rax], r9
    rdrand eax
    rdseed rax
    xgetbv
    xsave [rax]
    fxsave [rax]
    ldmxcsr [rsp]
    stmxcsr [rsp]
    cmpxchg16b [rax]
    cmpxchg8b [rax]
    sldt ax
    str eax
    verr ax
    lgdt [rax]
    sgdt [rax]
    invlpg [rax]
    wbinvd
    rdmsr
    wrmsr
    swapgs
    sysret
    iretq
    in al, dx
    out dx, eax
    in eax, 0x60
    out 0x80, al
    insb
    outsd
    jmp rax
    jmp [rax]
    call rax
    call [rbx+8]
    jmp qword [rel var]
    call qword [var]
    mov al, al
    mov al, ah
    mov al, bl
    mov al, bh
    mov al, cl
    mov al, dl
    mov al, sil
    mov al, dil
    mov al, spl
    mov al, r8b
    mov al, r12b
    mov ah, al
    mov ah, ah
    mov ah, bl
    mov ah, bh
    mov ah, cl
    mov ah, dl
    mov bl, al
    mov bl, ah
    mov bl, bl
    mov bl, bh
    mov bl, cl
    mov bl, dl
    mov bl, sil
    mov bl, dil
    mov bl, spl
    mov bl, r8b
    mov bl, r12b
    mov bh, al
    mov bh, ah
    mov bh, bl
    mov bh, bh
    mov bh, cl
    mov bh, dl
    mov cl, al
    mov cl, ah
    mov cl, bl
    mov cl, bh
    mov cl, cl
    mov cl, dl
    mov cl, sil
    mov cl, dil
    mov cl, spl
    mov cl, r8b
    mov cl, r12b
    mov dl, al
    mov dl, ah
    mov dl, bl
    mov dl, bh
    mov dl, cl
    mov dl, dl
    mov dl, sil
    mov dl, dil
    mov dl, spl
    mov dl, r8b
    mov dl, r12b
    mov sil, al
    mov sil, bl
    mov sil, cl
    mov sil, dl
    mov sil, sil
    mov sil, dil
    mov sil, spl
    mov sil, r8b
    mov sil, r12b
    mov dil, al
    mov dil, bl
    mov dil, cl
    mov dil, dl
    mov dil, sil
    mov dil, dil
    mov dil, spl
    mov dil, r8b
    mov dil, r12b
    mov spl, al
    mov spl, bl
    mov spl, cl
    mov spl, dl
    mov spl, sil
    mov spl, dil
    mov spl, spl
    mov spl, r8b
    mov spl, r12b
    mov r8b, al
    mov r8b, bl
    mov r8b, cl
    mov r8b, dl
    mov r8b, sil
    mov r8b, dil
    mov r8b, spl
    mov r8b, r8b
    mov r8b, r12b
    mov r12b, al
    mov r12b, bl
    mov r12b, cl
    mov r12b, dl
    mov r12b, sil
    mov r12b, dil
    mov r12b, spl
    mov r12b, r8b
    mov r12b, r12b
    test al, 0x1234
    test ah, 0xffff
    test bl, 0x1234
    test bh, 0x1234
    test cl, 0xffff
    test dl, 0x12345678
    test sil, -1
    test dil, 0x80
    test spl, 0xffff
    test r8b, 0x1234
    test r12b, 0x12345678
    test ax, 0x80
    test bx, 0x7f
    test cx, 0x1234
    test si, 0xff
    test r8w, 0x80
    test r15w, 0x7f
    test eax, 0xffff
    test ebx, 1
    test esi, 0x12345678
    test r9d, -128
    test r12d, 0x1234
    test rax, 0x12345678
    test rbx, 0x80
    test rsp, 0x12345678
    test rbp, 1
    test r12, 0xffff
    test r13, 0x7f
    cmp al, 1
    cmp ah, 1
    cmp bl, -1
    cmp bh, -1
    cmp cl, 0x12345678
    cmp dl, 1
    cmp sil, 0x1234
    cmp dil, 200
    cmp spl, 0x1234
    cmp r8b, 0x12345678
    cmp r12b, -1
    cmp ax, 0xffff
    cmp bx, -1
    cmp cx, 0xff
    cmp si, 0x1234
    cmp r8w, 1
    cmp r15w, 0x7f
    cmp eax, 0x1234
    cmp ebx, 0xff
    cmp esi, -128
    cmp r9d, 0xffff
    cmp r12d, 0x7f
    cmp rax, 0xff
    cmp rbx, 200
    cmp rsp, -1
    cmp rbp, 0xffff
    cmp r12, 0xff
    cmp r13, 1
    and al, 0x7f
    and ah, 0x12345678
    and bl, 0x7f
    and bh, -128
    and cl, 0x7f
    and dl, 0xff
    and sil, -128
    and dil, 0x7f
    and spl, 1
    and r8b, 1
    and r12b, -1
    and ax, -1
    and bx, 1
    and cx, 0x1234
    and si, -128
    and r8w, -128
    and r15w, -128
    and eax, 0x7f
    and ebx, 0x12345678
    and esi, -1
    and r9d, 0xff
    and r12d, 200
    and rax, 0x7f
    and rbx, 0xff
    and rsp, 200
    and rbp, 1
    and r12, -128
    and r13, 0x7f
    or al, 0x80
    or ah, -1
    or bl, 0x7f
    or bh, 1
    or cl, 1
    or dl, 0x1234
    or sil, 0x1234
    or dil, 0x80
    or spl, 0xffff
    or r8b, -1
    or r12b, 0x1234
    or ax, 0xffff
    or bx, -1
    or cx, 0x80
    or si, -128
    or r8w, -128
    or r15w, 0x7f
    or eax, -128
    or ebx, -128
    or esi, -1
    or r9d, 1
    or r12d, 0xff
    or rax, 0x12345678
    or rbx, 0xff
    or rsp, 1
    or rbp, -1
    or r12, 0x80
    or r13, -128
    xor al, 0x12345678
    xor ah, 0x12345678
    xor bl, 0x7f
    xor bh, 1
    xor cl, 0x80
    xor dl, -1
    xor sil, 0x1234
    xor dil, 0xff
    xor spl, 1
    xor r8b, 0x12345678
    xor r12b, 200
    xor ax, 0xff
    xor bx, -128
    xor cx, 0x7f
    xor si, 0x7f
    xor r8w, 0x7f
    xor r15w, -1
    xor eax, 0x12345678
    xor ebx, -1
    xor esi, 1
    xor r9d, 0x12345678
    xor r12d, 200
    xor rax, 200
    xor rbx, 0x12345678
    xor rsp, 0x1234
    xor rbp, 0x80
    xor r12, 0x12345678
    xor r13, 0x1234
    add al, 0x12345678
    add ah, 0x80
    add bl, -128
    add bh, 0x80
    add cl, 0x80
    add dl, 0xff
    add sil, -1
    add dil, 0x12345678
    add spl, -1
    add r8b, -1
    add r12b, 0x80
    add ax, 0xffff
    add bx, -1
    add cx, -128
    add si, 0x1234
    add r8w, 0x12345678
    add r15w, 0x7f
    add eax, -128
    add ebx, 1
    add esi, 0x7f
    add r9d, 0x7f
    add r12d, 1
    add rax, 0xffff
    add rbx, 0xff
    add rsp, -1
    add rbp, -128
    add r12, 0xff
    add r13, -128
    sub al, 0x12345678
    sub ah, 0x1234
    sub bl, 0xff
    sub bh, 0xffff
    sub cl, 0x80
    sub dl, 0x7f
    sub sil, 0x80
    sub dil, -1
    sub spl, 0x1234
    sub r8b, 0xffff
    sub r12b, 0x12345678
    sub ax, 0x12345678
    sub bx, 0x7f
    sub cx, 0xff
    sub si, -1
    sub r8w, -1
    sub r15w, 1
    sub eax, 0x7f
    sub ebx, 0xff
    sub esi, -128
    sub r9d, 0x1234
    sub r12d, -1
    sub rax, 1
    sub rbx, 1
    sub rsp, 0x80
    sub rbp, 0xff
    sub r12, 200
    sub r13, 0xffff
    adc al, 0x12345678
    adc ah, 0x80
    adc bl, 0x7f
    adc bh, 200
    adc cl, 0x80
    adc dl, 0x1234
    adc sil, 200
    adc dil, 0xffff
    adc spl, 0x12345678
    adc r8b, 0x80
    adc r12b, 0x12345678
    adc ax, 1
    adc bx, 1
    adc cx, 0x1234
    adc si, 200
    adc r8w, 0xff
    adc r15w, 1
    adc eax, 1
    adc ebx, 0x12345678
    adc esi, 0x7f
    adc r9d, 0x1234
    adc r12d, 0x7f
    adc rax, 0xff
    adc rbx, 200
    adc rsp, 0x80
    adc rbp, 0x7f
    adc r12, 0x7f
    adc r13, 0x1234
    sbb al, 0xffff
    sbb ah, 200
    sbb bl, 1
    sbb bh, 0x80
    sbb cl, 200
    sbb dl, 200
    sbb sil, 0x7f
    sbb dil, 0x1234
    sbb spl, 0x7f
    sbb r8b, -128
    sbb r12b, 1
    sbb ax, 0x1234
    sbb bx, 0x12345678
    sbb cx, 1
    sbb si, 0x12345678
    sbb r8w, -128
    sbb r15w, -128
    sbb eax, 0x12345678
    sbb ebx, 1
    sbb esi, 0x12345678
    sbb r9d, 0x7f
    sbb r12d, 0x7f
    sbb rax, 0x7f
    sbb rbx, 0x7f
    sbb rsp, 0xff
    sbb rbp, -128
    sbb r12, 200
    sbb r13, -128
    mov eax, [rax]
    mov rax, [rax]
    lea rax, [rax]
    add ecx, [rax]
    cmp bl, [rax]
    movzx eax, byte [rax]
    movsd xmm0, [rax]
    movdqu xmm1, [rax]
    vmovdqu ymm2, [rax]
    inc dword [rax]
    push qword [rax]
    pop qword [rax]
    jmp qword [rax]
    call qword [rax]
    fld qword [rax]
    fild word [rax]
    fistp dword [rax]
    cmpxchg [rax], ecx
    mov word [rax], 0x1234
    mov eax, [rbp]
    mov rax, [rbp]
    lea rax, [rbp]
    add ecx, [rbp]
    cmp bl, [rbp]
    movzx eax, byte [rbp]
    movsd xmm0, [rbp]
    movdqu xmm1, [rbp]
    vmovdqu ymm2, [rbp]
    inc dword [rbp]
    push qword [rbp]
    pop qword [rbp]
    jmp qword [rbp]
    call qword [rbp]
    fld qword [rbp]
    fild word [rbp]
    fistp dword [rbp]
    cmpxchg [rbp], ecx
    mov word [rbp], 0x1234
    mov eax, [r13+8]
    mov rax, [r13+8]
    lea rax, [r13+8]
    add ecx, [r13+8]
    cmp bl, [r13+8]
    movzx eax, byte [r13+8]
    movsd xmm0, [r13+8]
    movdqu xmm1, [r13+8]
    vmovdqu ymm2, [r13+8]
    inc dword [r13+8]
    push qword [r13+8]
    pop qword [r13+8]
    jmp qword [r13+8]
    call qword [r13+8]
    fld qword [r13+8]
    fild word [r13+8]
    fistp dword [r13+8]
    cmpxchg [r13+8], ecx
    mov word [r13+8], 0x1234
    mov eax, [rsp+rax*2]
    mov rax, [rsp+rax*2]
    lea rax, [rsp+rax*2]
    add ecx, [rsp+rax*2]
    cmp bl, [rsp+rax*2]
    movzx eax, byte [rsp+rax*2]
    movsd xmm0, [rsp+rax*2]
    movdqu xmm1, [rsp+rax*2]
    vmovdqu ymm2, [rsp+rax*2]
    inc dword [rsp+rax*2]
    push qword [rsp+rax*2]
    pop qword [rsp+rax*2]
    jmp qword [rsp+rax*2]
    call qword [rsp+rax*2]
    fld qword [rsp+rax*2]
    fild word [rsp+rax*2]
    fistp dword [rsp+rax*2]
    cmpxchg [rsp+rax*2], ecx
    mov word [rsp+rax*2], 0x1234
    mov eax, [rel var]
    mov rax, [rel var]
    lea rax, [rel var]
    add ecx, [rel var]
    cmp bl, [rel var]
    movzx eax, byte [rel var]
    movsd xmm0, [rel var]
    movdqu xmm1, [rel var]
    vmovdqu ymm2, [rel var]
    inc dword [rel var]
    push qword [rel var]
    pop qword [rel var]
    jmp qword [rel var]
    call qword [rel var]
    fld qword [rel var]
    fild word [rel var]
    fistp dword [rel var]
    cmpxchg [rel var], ecx
    mov word [rel var], 0x1234
    mov eax, [var]
    mov rax, [var]
    lea rax, [var]
    add ecx, [var]
    cmp bl, [var]
    movzx eax, byte [var]
    movsd xmm0, [var]
    movdqu xmm1, [var]
    vmovdqu ymm2, [var]
    inc dword [var]
    push qword [var]
    pop qword [var]
    jmp qword [var]
    call qword [var]
    fld qword [var]
    fild word [var]
    fistp dword [var]
    cmpxchg [var], ecx
    mov word [var], 0x1234
    mov eax, [rbx+var]
    mov rax, [rbx+var]
    lea rax, [rbx+var]
    add ecx, [rbx+var]
    cmp bl, [rbx+var]
    movzx eax, byte [rbx+var]
    movsd xmm0, [rbx+var]
    movdqu xmm1, [rbx+var]
    vmovdqu ymm2, [rbx+var]
    inc dword [rbx+var]
    push qword [rbx+var]
    pop qword [rbx+var]
    jmp qword [rbx+var]
    call qword [rbx+var]
    fld qword [rbx+var]
    fild word [rbx+var]
    fistp dword [rbx+var]
    cmpxchg [rbx+var], ecx
    mov word [rbx+var], 0x1234
    mov eax, [abs var]
    mov rax, [abs var]
    lea rax, [abs var]
    add ecx, [abs var]
    cmp bl, [abs var]
    movzx eax, byte [abs var]
    movsd xmm0, [abs var]
    movdqu xmm1, [abs var]
    vmovdqu ymm2, [abs var]
    inc dword [abs var]
    push qword [abs var]
    pop qword [abs var]
    jmp qword [abs var]
    call qword [abs var]
    fld qword [abs var]
    fild word [abs var]
    fistp dword [abs var]
    cmpxchg [abs var], ecx
    mov word [abs var], 0x1234
    mov eax, [fs:0x28]
    mov rax, [fs:0x28]
    lea rax, [fs:0x28]
    add ecx, [fs:0x28]
    cmp bl, [fs:0x28]
    movzx eax, byte [fs:0x28]
    movsd xmm0, [fs:0x28]
    movdqu xmm1, [fs:0x28]
    vmovdqu ymm2, [fs:0x28]
    inc dword [fs:0x28]
    push qword [fs:0x28]
    pop qword [fs:0x28]
    jmp qword [fs:0x28]
    call qword [fs:0x28]
    fld qword [fs:0x28]
    fild word [fs:0x28]
    fistp dword [fs:0x28]
    cmpxchg [fs:0x28], ecx
    mov word [fs:0x28], 0x1234
    mov eax, [gs:rax]
    mov rax, [gs:rax]
    lea rax, [gs:rax]
    add ecx, [gs:rax]
    cmp bl, [gs:rax]
    movzx eax, byte [gs:rax]
    movsd xmm0, [gs:rax]
    movdqu xmm1, [gs:rax]
    vmovdqu ymm2, [gs:rax]
    inc dword [gs:rax]
    push qword [gs:rax]
    pop qword [gs:rax]
    jmp qword [gs:rax]
    call qword [gs:rax]
    fld qword [gs:rax]
    fild word [gs:rax]
    fistp dword [gs:rax]
    cmpxchg [gs:rax], ecx
    mov word [gs:rax], 0x1234
    mov eax, [rax+rbx*8+0x12345678]
    mov rax, [rax+rbx*8+0x12345678]
    lea rax, [rax+rbx*8+0x12345678]
    add ecx, [rax+rbx*8+0x12345678]
    cmp bl, [rax+rbx*8+0x12345678]
    movzx eax, byte [rax+rbx*8+0x12345678]
    movsd xmm0, [rax+rbx*8+0x12345678]
    movdqu xmm1, [rax+rbx*8+0x12345678]
    vmovdqu ymm2, [rax+rbx*8+0x12345678]
    inc dword [rax+rbx*8+0x12345678]
    push qword [rax+rbx*8+0x12345678]
    pop qword [rax+rbx*8+0x12345678]
    jmp qword [rax+rbx*8+0x12345678]
    call qword [rax+rbx*8+0x12345678]
    fld qword [rax+rbx*8+0x12345678]
    fild word [rax+rbx*8+0x12345678]
    fistp dword [rax+rbx*8+0x12345678]
    cmpxchg [rax+rbx*8+0x12345678], ecx
    mov word [rax+rbx*8+0x12345678], 0x1234
    mov eax, [rax-0x80]
    mov rax, [rax-0x80]
    lea rax, [rax-0x80]
    add ecx, [rax-0x80]
    cmp bl, [rax-0x80]
    movzx eax, byte [rax-0x80]
    movsd xmm0, [rax-0x80]
    movdqu xmm1, [rax-0x80]
    vmovdqu ymm2, [rax-0x80]
    inc dword [rax-0x80]
    push qword [rax-0x80]
    pop qword [rax-0x80]
    jmp qword [rax-0x80]
    call qword [rax-0x80]
    fld qword [rax-0x80]
    fild word [rax-0x80]
    fistp dword [rax-0x80]
    cmpxchg [rax-0x80], ecx
    mov word [rax-0x80], 0x1234
    mov eax, [rax+0x7f]
    mov rax, [rax+0x7f]
    lea rax, [rax+0x7f]
    add ecx, [rax+0x7f]
    cmp bl, [rax+0x7f]
    movzx eax, byte [rax+0x7f]
    movsd xmm0, [rax+0x7f]
    movdqu xmm1, [rax+0x7f]
    vmovdqu ymm2, [rax+0x7f]
    inc dword [rax+0x7f]
    push qword [rax+0x7f]
    pop qword [rax+0x7f]
    jmp qword [rax+0x7f]
    call qword [rax+0x7f]
    fld qword [rax+0x7f]
    fild word [rax+0x7f]
    fistp dword [rax+0x7f]
    cmpxchg [rax+0x7f], ecx
    mov word [rax+0x7f], 0x1234
    mov eax, [qword 0x10]
    mov rax, [qword 0x10]
    lea rax, [qword 0x10]
    add ecx, [qword 0x10]
    cmp bl, [qword 0x10]
    movzx eax, byte [qword 0x10]
    movsd xmm0, [qword 0x10]
    movdqu xmm1, [qword 0x10]
    vmovdqu ymm2, [qword 0x10]
    inc dword [qword 0x10]
    push qword [qword 0x10]
    pop qword [qword 0x10]
    jmp qword [qword 0x10]
    call qword [qword 0x10]
    fld qword [qword 0x10]
    fild word [qword 0x10]
    fistp dword [qword 0x10]
    cmpxchg [qword 0x10], ecx
    mov word [qword 0x10], 0x1234
    mov eax, [dword rax+1]
    mov rax, [dword rax+1]
    lea rax, [dword rax+1]
    add ecx, [dword rax+1]
    cmp bl, [dword rax+1]
    movzx eax, byte [dword rax+1]
    movsd xmm0, [dword rax+1]
    movdqu xmm1, [dword rax+1]
    vmovdqu ymm2, [dword rax+1]
    inc dword [dword rax+1]
    push qword [dword rax+1]
    pop qword [dword rax+1]
    jmp qword [dword rax+1]
    call qword [dword rax+1]
    fld qword [dword rax+1]
    fild word [dword rax+1]
    fistp dword [dword rax+1]
    cmpxchg [dword rax+1], ecx
    mov word [dword rax+1], 0x1234
    mov eax, [byte rax+0x100]
    mov rax, [byte rax+0x100]
    lea rax, [byte rax+0x100]
    add ecx, [byte rax+0x100]
    cmp bl, [byte rax+0x100]
    movzx eax, byte [byte rax+0x100]
    movsd xmm0, [byte rax+0x100]
    movdqu xmm1, [byte rax+0x100]
    vmovdqu ymm2, [byte rax+0x100]
    inc dword [byte rax+0x100]
    push qword [byte rax+0x100]
    pop qword [byte rax+0x100]
    jmp qword [byte rax+0x100]
    call qword [byte rax+0x100]
    fld qword [byte rax+0x100]
    fild word [byte rax+0x100]
    fistp dword [byte rax+0x100]
    cmpxchg [byte rax+0x100], ecx
    mov word [byte rax+0x100], 0x1234
    mov eax, [es:rax]
    mov rax, [es:rax]
    lea rax, [es:rax]
    add ecx, [es:rax]
    cmp bl, [es:rax]
    movzx eax, byte [es:rax]
    movsd xmm0, [es:rax]
    movdqu xmm1, [es:rax]
    vmovdqu ymm2, [es:rax]
    inc dword [es:rax]
    push qword [es:rax]
    pop qword [es:rax]
    jmp qword [es:rax]
    call qword [es:rax]
    fld qword [es:rax]
    fild word [es:rax]
    fistp dword [es:rax]
    cmpxchg [es:rax], ecx
    mov word [es:rax], 0x1234
    mov eax, [cs:rbx]
    mov rax, [cs:rbx]
    lea rax, [cs:rbx]
    add ecx, [cs:rbx]
    cmp bl, [cs:rbx]
    movzx eax, byte [cs:rbx]
    movsd xmm0, [cs:rbx]
    movdqu xmm1, [cs:rbx]
    vmovdqu ymm2, [cs:rbx]
    inc dword [cs:rbx]
    push qword [cs:rbx]
    pop qword [cs:rbx]
    jmp qword [cs:rbx]
    call qword [cs:rbx]
    fld qword [cs:rbx]
    fild word [cs:rbx]
    fistp dword [cs:rbx]
    cmpxchg [cs:rbx], ecx
    mov word [cs:rbx], 0x1234
    mov eax, [rax+rax]
    mov rax, [rax+rax]
    lea rax, [rax+rax]
    add ecx, [rax+rax]
    cmp bl, [rax+rax]
    movzx eax, byte [rax+rax]
    movsd xmm0, [rax+rax]
    movdqu xmm1, [rax+rax]
    vmovdqu ymm2, [rax+rax]
    inc dword [rax+rax]
    push qword [rax+rax]
    pop qword [rax+rax]
    jmp qword [rax+rax]
    call qword [rax+rax]
    fld qword [rax+rax]
    fild word [rax+rax]
    fistp dword [rax+rax]
    cmpxchg [rax+rax], ecx
    mov word [rax+rax], 0x1234
    mov eax, [r12+r13*1]
    mov rax, [r12+r13*1]
    lea rax, [r12+r13*1]
    add ecx, [r12+r13*1]
    cmp bl, [r12+r13*1]
    movzx eax, byte [r12+r13*1]
    movsd xmm0, [r12+r13*1]
    movdqu xmm1, [r12+r13*1]
    vmovdqu ymm2, [r12+r13*1]
    inc dword [r12+r13*1]
    push qword [r12+r13*1]
    pop qword [r12+r13*1]
    jmp qword [r12+r13*1]
    call qword [r12+r13*1]
    fld qword [r12+r13*1]
    fild word [r12+r13*1]
    fistp dword [r12+r13*1]
    cmpxchg [r12+r13*1], ecx
    mov word [r12+r13*1], 0x1234
    mov eax, [rsp*1+rbp]
    mov rax, [rsp*1+rbp]
    lea rax, [rsp*1+rbp]
    add ecx, [rsp*1+rbp]
    cmp bl, [rsp*1+rbp]
    movzx eax, byte [rsp*1+rbp]
    movsd xmm0, [rsp*1+rbp]
    movdqu xmm1, [rsp*1+rbp]
    vmovdqu ymm2, [rsp*1+rbp]
    inc dword [rsp*1+rbp]
    push qword [rsp*1+rbp]
    pop qword [rsp*1+rbp]
    jmp qword [rsp*1+rbp]
    call qword [rsp*1+rbp]
    fld qword [rsp*1+rbp]
    fild word [rsp*1+rbp]
    fistp dword [rsp*1+rbp]
    cmpxchg [rsp*1+rbp], ecx
    mov word [rsp*1+rbp], 0x1234
    mov eax, [rbp*2]
    mov rax, [rbp*2]
    lea rax, [rbp*2]
    add ecx, [rbp*2]
    cmp bl, [rbp*2]
    movzx eax, byte [rbp*2]
    movsd xmm0, [rbp*2]
    movdqu xmm1, [rbp*2]
    vmovdqu ymm2, [rbp*2]
    inc dword [rbp*2]
    push qword [rbp*2]
    pop qword [rbp*2]
    jmp qword [rbp*2]
    call qword [rbp*2]
    fld qword [rbp*2]
    fild word [rbp*2]
    fistp dword [rbp*2]
    cmpxchg [rbp*2], ecx
    mov word [rbp*2], 0x1234
    mov eax, [r12]
    mov rax, [r12]
    lea rax, [r12]
    add ecx, [r12]
    cmp bl, [r12]
    movzx eax, byte [r12]
    movsd xmm0, [r12]
    movdqu xmm1, [r12]
    vmovdqu ymm2, [r12]
    inc dword [r12]
    push qword [r12]
    pop qword [r12]
    jmp qword [r12]
    call qword [r12]
    fld qword [r12]
    fild word [r12]
    fistp dword [r12]
    cmpxchg [r12], ecx
    mov word [r12], 0x1234
    mov byte [rbx+4], 0
    mov byte [rbx+4], 1
    mov byte [rbx+4], -1
    mov byte [rbx+4], 0x7f
    mov byte [rbx+4], 0x80
    mov byte [rbx+4], 0xff
    mov byte [rbx+4], 0x100
    mov byte [rbx+4], 0x7fffffff
    mov byte [rbx+4], -0x80000000
    mov byte [rbx+4], 0xffffffff
    add byte [rbx+4], 0
    add byte [rbx+4], 1
    add byte [rbx+4], -1
    add byte [rbx+4], 0x7f
    add byte [rbx+4], 0x80
    add byte [rbx+4], 0xff
    add byte [rbx+4], 0x100
    add byte [rbx+4], 0x7fffffff
    add byte [rbx+4], -0x80000000
    add byte [rbx+4], 0xffffffff
    cmp byte [rbx+4], 0
    cmp byte [rbx+4], 1
    cmp byte [rbx+4], -1
    cmp byte [rbx+4], 0x7f
    cmp byte [rbx+4], 0x80
    cmp byte [rbx+4], 0xff
    cmp byte [rbx+4], 0x100
    cmp byte [rbx+4], 0x7fffffff
    cmp byte [rbx+4], -0x80000000
    cmp byte [rbx+4], 0xffffffff
    test byte [rbx+4], 0
    test byte [rbx+4], 1
    test byte [rbx+4], -1
    test byte [rbx+4], 0x7f
    test byte [rbx+4], 0x80
    test byte [rbx+4], 0xff
    test byte [rbx+4], 0x100
    test byte [rbx+4], 0x7fffffff
    test byte [rbx+4], -0x80000000
    test byte [rbx+4], 0xffffffff
    and byte [rbx+4], 0
    and byte [rbx+4], 1
    and byte [rbx+4], -1
    and byte [rbx+4], 0x7f
    and byte [rbx+4], 0x80
    and byte [rbx+4], 0xff
    and byte [rbx+4], 0x100
    and byte [rbx+4], 0x7fffffff
    and byte [rbx+4], -0x80000000
    and byte [rbx+4], 0xffffffff
    or byte [rbx+4], 0
    or byte [rbx+4], 1
    or byte [rbx+4], -1
    or byte [rbx+4], 0x7f
    or byte [rbx+4], 0x80
    or byte [rbx+4], 0xff
    or byte [rbx+4], 0x100
    or byte [rbx+4], 0x7fffffff
    or byte [rbx+4], -0x80000000
    or byte [rbx+4], 0xffffffff
    xor byte [rbx+4], 0
    xor byte [rbx+4], 1
    xor byte [rbx+4], -1
    xor byte [rbx+4], 0x7f
    xor byte [rbx+4], 0x80
    xor byte [rbx+4], 0xff
    xor byte [rbx+4], 0x100
    xor byte [rbx+4], 0x7fffffff
    xor byte [rbx+4], -0x80000000
    xor byte [rbx+4], 0xffffffff
    sub byte [rbx+4], 0
    sub byte [rbx+4], 1
    sub byte [rbx+4], -1
    sub byte [rbx+4], 0x7f
    sub byte [rbx+4], 0x80
    sub byte [rbx+4], 0xff
    sub byte [rbx+4], 0x100
    sub byte [rbx+4], 0x7fffffff
    sub byte [rbx+4], -0x80000000
    sub byte [rbx+4], 0xffffffff
    mov word [rbx+4], 0
    mov word [rbx+4], 1
    mov word [rbx+4], -1
    mov word [rbx+4], 0x7f
    mov word [rbx+4], 0x80
    mov word [rbx+4], 0xff
    mov word [rbx+4], 0x100
    mov word [rbx+4], 0x7fffffff
    mov word [rbx+4], -0x80000000
    mov word [rbx+4], 0xffffffff
    add word [rbx+4], 0
    add word [rbx+4], 1
    add word [rbx+4], -1
    add word [rbx+4], 0x7f
    add word [rbx+4], 0x80
    add word [rbx+4], 0xff
    add word [rbx+4], 0x100
    add word [rbx+4], 0x7fffffff
    add word [rbx+4], -0x80000000
    add word [rbx+4], 0xffffffff
    cmp word [rbx+4], 0
    cmp word [rbx+4], 1
    cmp word [rbx+4], -1
    cmp word [rbx+4], 0x7f
    cmp word [rbx+4], 0x80
    cmp word [rbx+4], 0xff
    cmp word [rbx+4], 0x100
    cmp word [rbx+4], 0x7fffffff
    cmp word [rbx+4], -0x80000000
    cmp word [rbx+4], 0xffffffff
    test word [rbx+4], 0
    test word [rbx+4], 1
    test word [rbx+4], -1
    test word [rbx+4], 0x7f
    test word [rbx+4], 0x80
    test word [rbx+4], 0xff
    test word [rbx+4], 0x100
    test word [rbx+4], 0x7fffffff
    test word [rbx+4], -0x80000000
    test word [rbx+4], 0xffffffff
    and word [rbx+4], 0
    and word [rbx+4], 1
    and word [rbx+4], -1
    and word [rbx+4], 0x7f
    and word [rbx+4], 0x80
    and word [rbx+4], 0xff
    and word [rbx+4], 0x100
    and word [rbx+4], 0x7fffffff
    and word [rbx+4], -0x80000000
    and word [rbx+4], 0xffffffff
    or word [rbx+4], 0
    or word [rbx+4], 1
    or word [rbx+4], -1
    or word [rbx+4], 0x7f
    or word [rbx+4], 0x80
    or word [rbx+4], 0xff
    or word [rbx+4], 0x100
    or word [rbx+4], 0x7fffffff
    or word [rbx+4], -0x80000000
    or word [rbx+4], 0xffffffff
    xor word [rbx+4], 0
    xor word [rbx+4], 1
    xor word [rbx+4], -1
    xor word [rbx+4], 0x7f
    xor word [rbx+4], 0x80
    xor word [rbx+4], 0xff
    xor word [rbx+4], 0x100
    xor word [rbx+4], 0x7fffffff
    xor word [rbx+4], -0x80000000
    xor word [rbx+4], 0xffffffff
    sub word [rbx+4], 0
    sub word [rbx+4], 1
    sub word [rbx+4], -1
    sub word [rbx+4], 0x7f
    sub word [rbx+4], 0x80
    sub word [rbx+4], 0xff
    sub word [rbx+4], 0x100
    sub word [rbx+4], 0x7fffffff
    sub word [rbx+4], -0x80000000
    sub word [rbx+4], 0xffffffff
    mov dword [rbx+4], 0
    mov dword [rbx+4], 1
    mov dword [rbx+4], -1
    mov dword [rbx+4], 0x7f
    mov dword [rbx+4], 0x80
    mov dword [rbx+4], 0xff
    mov dword [rbx+4], 0x100
    mov dword [rbx+4], 0x7fffffff
    mov dword [rbx+4], -0x80000000
    mov dword [rbx+4], 0xffffffff
    add dword [rbx+4], 0
    add dword [rbx+4], 1
    add dword [rbx+4], -1
    add dword [rbx+4], 0x7f
    add dword [rbx+4], 0x80
    add dword [rbx+4], 0xff
    add dword [rbx+4], 0x100
    add dword [rbx+4], 0x7fffffff
    add dword [rbx+4], -0x80000000
    add dword [rbx+4], 0xffffffff
    cmp dword [rbx+4], 0
    cmp dword [rbx+4], 1
    cmp dword [rbx+4], -1
    cmp dword [rbx+4], 0x7f
    cmp dword [rbx+4], 0x80
    cmp dword [rbx+4], 0xff
    cmp dword [rbx+4], 0x100
    cmp dword [rbx+4], 0x7fffffff
    cmp dword [rbx+4], -0x80000000
    cmp dword [rbx+4], 0xffffffff
    test dword [rbx+4], 0
    test dword [rbx+4], 1
    test dword [rbx+4], -1
    test dword [rbx+4], 0x7f
    test dword [rbx+4], 0x80
    test dword [rbx+4], 0xff
    test dword [rbx+4], 0x100
    test dword [rbx+4], 0x7fffffff
    test dword [rbx+4], -0x80000000
    test dword [rbx+4], 0xffffffff
    and dword [rbx+4], 0
    and dword [rbx+4], 1
    and dword [rbx+4], -1
    and dword [rbx+4], 0x7f
    and dword [rbx+4], 0x80
    and dword [rbx+4], 0xff
    and dword [rbx+4], 0x100
    and dword [rbx+4], 0x7fffffff
    and dword [rbx+4], -0x80000000
    and dword [rbx+4], 0xffffffff
    or dword [rbx+4], 0
    or dword [rbx+4], 1
    or dword [rbx+4], -1
    or dword [rbx+4], 0x7f
    or dword [rbx+4], 0x80
    or dword [rbx+4], 0xff
    or dword [rbx+4], 0x100
    or dword [rbx+4], 0x7fffffff
    or dword [rbx+4], -0x80000000
    or dword [rbx+4], 0xffffffff
    xor dword [rbx+4], 0
    xor dword [rbx+4], 1
    xor dword [rbx+4], -1
    xor dword [rbx+4], 0x7f
    xor dword [rbx+4], 0x80
    xor dword [rbx+4], 0xff
    xor dword [rbx+4], 0x100
    xor dword [rbx+4], 0x7fffffff
    xor dword [rbx+4], -0x80000000
    xor dword [rbx+4], 0xffffffff
    sub dword [rbx+4], 0
    sub dword [rbx+4], 1
    sub dword [rbx+4], -1
    sub dword [rbx+4], 0x7f
    sub dword [rbx+4], 0x80
    sub dword [rbx+4], 0xff
    sub dword [rbx+4], 0x100
    sub dword [rbx+4], 0x7fffffff
    sub dword [rbx+4], -0x80000000
    sub dword [rbx+4], 0xffffffff
    mov qword [rbx+4], 0
    mov qword [rbx+4], 1
    mov qword [rbx+4], -1
    mov qword [rbx+4], 0x7f
    mov qword [rbx+4], 0x80
    mov qword [rbx+4], 0xff
    mov qword [rbx+4], 0x100
    mov qword [rbx+4], 0x7fffffff
    mov qword [rbx+4], -0x80000000
    mov qword [rbx+4], 0xffffffff
    add qword [rbx+4], 0
    add qword [rbx+4], 1
    add qword [rbx+4], -1
    add qword [rbx+4], 0x7f
    add qword [rbx+4], 0x80
    add qword [rbx+4], 0xff
    add qword [rbx+4], 0x100
    add qword [rbx+4], 0x7fffffff
    add qword [rbx+4], -0x80000000
    add qword [rbx+4], 0xffffffff
    cmp qword [rbx+4], 0
    cmp qword [rbx+4], 1
    cmp qword [rbx+4], -1
    cmp qword [rbx+4], 0x7f
    cmp qword [rbx+4], 0x80
    cmp qword [rbx+4], 0xff
    cmp qword [rbx+4], 0x100
    cmp qword [rbx+4], 0x7fffffff
    cmp qword [rbx+4], -0x80000000
    cmp qword [rbx+4], 0xffffffff
    test qword [rbx+4], 0
    test qword [rbx+4], 1
    test qword [rbx+4], -1
    test qword [rbx+4], 0x7f
    test qword [rbx+4], 0x80
    test qword [rbx+4], 0xff
    test qword [rbx+4], 0x100
    test qword [rbx+4], 0x7fffffff
    test qword [rbx+4], -0x80000000
    test qword [rbx+4], 0xffffffff
    and qword [rbx+4], 0
    and qword [rbx+4], 1
    and qword [rbx+4], -1
    and qword [rbx+4], 0x7f
    and qword [rbx+4], 0x80
    and qword [rbx+4], 0xff
    and qword [rbx+4], 0x100
    and qword [rbx+4], 0x7fffffff
    and qword [rbx+4], -0x80000000
    and qword [rbx+4], 0xffffffff
    or qword [rbx+4], 0
    or qword [rbx+4], 1
    or qword [rbx+4], -1
    or qword [rbx+4], 0x7f
    or qword [rbx+4], 0x80
    or qword [rbx+4], 0xff
    or qword [rbx+4], 0x100
    or qword [rbx+4], 0x7fffffff
    or qword [rbx+4], -0x80000000
    or qword [rbx+4], 0xffffffff
    xor qword [rbx+4], 0
    xor qword [rbx+4], 1
    xor qword [rbx+4], -1
    xor qword [rbx+4], 0x7f
    xor qword [rbx+4], 0x80
    xor qword [rbx+4], 0xff
    xor qword [rbx+4], 0x100
    xor qword [rbx+4], 0x7fffffff
    xor qword [rbx+4], -0x80000000
    xor qword [rbx+4], 0xffffffff
    sub qword [rbx+4], 0
    sub qword [rbx+4], 1
    sub qword [rbx+4], -1
    sub qword [rbx+4], 0x7f
    sub qword [rbx+4], 0x80
    sub qword [rbx+4], 0xff
    sub qword [rbx+4], 0x100
    sub qword [rbx+4], 0x7fffffff
    sub qword [rbx+4], -0x80000000
    sub qword [rbx+4], 0xffffffff
    shl byte [rax], 1
    shl byte [rax], 2
    shl word [rax], 1
    shl word [rax], 2
    shl dword [rax], 1
    shl dword [rax], 2
    shl qword [rax], 1
    shl qword [rax], 2
    shr byte [rax], 1
    shr byte [rax], 2
    shr word [rax], 1
    shr word [rax], 2
    shr dword [rax], 1
    shr dword [rax], 2
    shr qword [rax], 1
    shr qword [rax], 2
    sar byte [rax], 1
    sar byte [rax], 2
    sar word [rax], 1
    sar word [rax], 2
    sar dword [rax], 1
    sar dword [rax], 2
    sar qword [rax], 1
    sar qword [rax], 2
    rol byte [rax], 1
    rol byte [rax], 2
    rol word [rax], 1
    rol word [rax], 2
    rol dword [rax], 1
    rol dword [rax], 2
    rol qword [rax], 1
    rol qword [rax], 2
    ror byte [rax], 1
    ror byte [rax], 2
    ror word [rax], 1
    ror word [rax], 2
    ror dword [rax], 1
    ror dword [rax], 2
    ror qword [rax], 1
    ror qword [rax], 2
    imul ax, 1
    imul ax, [rax], 1
    imul ax, -1
    imul ax, [rax], -1
    imul ax, 127
    imul ax, [rax], 127
    imul ax, 128
    imul ax, [rax], 128
    imul ax, -129
    imul ax, [rax], -129
    imul ax, 0x7fff
    imul ax, [rax], 0x7fff
    imul ax, 0x8000
    imul ax, [rax], 0x8000
    imul ax, 0x12345678
    imul ax, [rax], 0x12345678
    imul bx, 1
    imul bx, [rax], 1
    imul bx, -1
    imul bx, [rax], -1
    imul bx, 127
    imul bx, [rax], 127
    imul bx, 128
    imul bx, [rax], 128
    imul bx, -129
    imul bx, [rax], -129
    imul bx, 0x7fff
    imul bx, [rax], 0x7fff
    imul bx, 0x8000
    imul bx, [rax], 0x8000
    imul bx, 0x12345678
    imul bx, [rax], 0x12345678
    imul cx, 1
    imul cx, [rax], 1
    imul cx, -1
    imul cx, [rax], -1
    imul cx, 127
    imul cx, [rax], 127
    imul cx, 128
    imul cx, [rax], 128
    imul cx, -129
    imul cx, [rax], -129
    imul cx, 0x7fff
    imul cx, [rax], 0x7fff
    imul cx, 0x8000
    imul cx, [rax], 0x8000
    imul cx, 0x12345678
    imul cx, [rax], 0x12345678
    imul si, 1
    imul si, [rax], 1
    imul si, -1
    imul si, [rax], -1
    imul si, 127
    imul si, [rax], 127
    imul si, 128
    imul si, [rax], 128
    imul si, -129
    imul si, [rax], -129
    imul si, 0x7fff
    imul si, [rax], 0x7fff
    imul si, 0x8000
    imul si, [rax], 0x8000
    imul si, 0x12345678
    imul si, [rax], 0x12345678
    imul r8w, 1
    imul r8w, [rax], 1
    imul r8w, -1
    imul r8w, [rax], -1
    imul r8w, 127
    imul r8w, [rax], 127
    imul r8w, 128
    imul r8w, [rax], 128
    imul r8w, -129
    imul r8w, [rax], -129
    imul r8w, 0x7fff
    imul r8w, [rax], 0x7fff
    imul r8w, 0x8000
    imul r8w, [rax], 0x8000
    imul r8w, 0x12345678
    imul r8w, [rax], 0x12345678
    imul r15w, 1
    imul r15w, [rax], 1
    imul r15w, -1
    imul r15w, [rax], -1
    imul r15w, 127
    imul r15w, [rax], 127
    imul r15w, 128
    imul r15w, [rax], 128
    imul r15w, -129
    imul r15w, [rax], -129
    imul r15w, 0x7fff
    imul r15w, [rax], 0x7fff
    imul r15w, 0x8000
    imul r15w, [rax], 0x8000
    imul r15w, 0x12345678
    imul r15w, [rax], 0x12345678
    imul eax, 1
    imul eax, [rax], 1
    imul eax, -1
    imul eax, [rax], -1
    imul eax, 127
    imul eax, [rax], 127
    imul eax, 128
    imul eax, [rax], 128
    imul eax, -129
    imul eax, [rax], -129
    imul eax, 0x7fff
    imul eax, [rax], 0x7fff
    imul eax, 0x8000
    imul eax, [rax], 0x8000
    imul eax, 0x12345678
    imul eax, [rax], 0x12345678
    imul ebx, 1
    imul ebx, [rax], 1
    imul ebx, -1
    imul ebx, [rax], -1
    imul ebx, 127
    imul ebx, [rax], 127
    imul ebx, 128
    imul ebx, [rax], 128
    imul ebx, -129
    imul ebx, [rax], -129
    imul ebx, 0x7fff
    imul ebx, [rax], 0x7fff
    imul ebx, 0x8000
    imul ebx, [rax], 0x8000
    imul ebx, 0x12345678
    imul ebx, [rax], 0x12345678
    imul esi, 1
    imul esi, [rax], 1
    imul esi, -1
    imul esi, [rax], -1
    imul esi, 127
    imul esi, [rax], 127
    imul esi, 128
    imul esi, [rax], 128
    imul esi, -129
    imul esi, [rax], -129
    imul esi, 0x7fff
    imul esi, [rax], 0x7fff
    imul esi, 0x8000
    imul esi, [rax], 0x8000
    imul esi, 0x12345678
    imul esi, [rax], 0x12345678
    imul r9d, 1
    imul r9d, [rax], 1
    imul r9d, -1
    imul r9d, [rax], -1
    imul r9d, 127
    imul r9d, [rax], 127
    imul r9d, 128
    imul r9d, [rax], 128
    imul r9d, -129
    imul r9d, [rax], -129
    imul r9d, 0x7fff
    imul r9d, [rax], 0x7fff
    imul r9d, 0x8000
    imul r9d, [rax], 0x8000
    imul r9d, 0x12345678
    imul r9d, [rax], 0x12345678
    imul r12d, 1
    imul r12d, [rax], 1
    imul r12d, -1
    imul r12d, [rax], -1
    imul r12d, 127
    imul r12d, [rax], 127
    imul r12d, 128
    imul r12d, [rax], 128
    imul r12d, -129
    imul r12d, [rax], -129
    imul r12d, 0x7fff
    imul r12d, [rax], 0x7fff
    imul r12d, 0x8000
    imul r12d, [rax], 0x8000
    imul r12d, 0x12345678
    imul r12d, [rax], 0x12345678
    imul rax, 1
    imul rax, [rax], 1
    imul rax, -1
    imul rax, [rax], -1
    imul rax, 127
    imul rax, [rax], 127
    imul rax, 128
    imul rax, [rax], 128
    imul rax, -129
    imul rax, [rax], -129
    imul rax, 0x7fff
    imul rax, [rax], 0x7fff
    imul rax, 0x8000
    imul rax, [rax], 0x8000
    imul rax, 0x12345678
    imul rax, [rax], 0x12345678
    imul rbx, 1
    imul rbx, [rax], 1
    imul rbx, -1
    imul rbx, [rax], -1
    imul rbx, 127
    imul rbx, [rax], 127
    imul rbx, 128
    imul rbx, [rax], 128
    imul rbx, -129
    imul rbx, [rax], -129
    imul rbx, 0x7fff
    imul rbx, [rax], 0x7fff
    imul rbx, 0x8000
    imul rbx, [rax], 0x8000
    imul rbx, 0x12345678
    imul rbx, [rax], 0x12345678
    imul rsp, 1
    imul rsp, [rax], 1
    imul rsp, -1
    imul rsp, [rax], -1
    imul rsp, 127
    imul rsp, [rax], 127
    imul rsp, 128
    imul rsp, [rax], 128
    imul rsp, -129
    imul rsp, [rax], -129
    imul rsp, 0x7fff
    imul rsp, [rax], 0x7fff
    imul rsp, 0x8000
    imul rsp, [rax], 0x8000
    imul rsp, 0x12345678
    imul rsp, [rax], 0x12345678
    imul rbp, 1
    imul rbp, [rax], 1
    imul rbp, -1
    imul rbp, [rax], -1
    imul rbp, 127
    imul rbp, [rax], 127
    imul rbp, 128
    imul rbp, [rax], 128
    imul rbp, -129
    imul rbp, [rax], -129
    imul rbp, 0x7fff
    imul rbp, [rax], 0x7fff
    imul rbp, 0x8000
    imul rbp, [rax], 0x8000
    imul rbp, 0x12345678
    imul rbp, [rax], 0x12345678
    imul r12, 1
    imul r12, [rax], 1
    imul r12, -1
    imul r12, [rax], -1
    imul r12, 127
    imul r12, [rax], 127
    imul r12, 128
    imul r12, [rax], 128
    imul r12, -129
    imul r12, [rax], -129
    imul r12, 0x7fff
    imul r12, [rax], 0x7fff
    imul r12, 0x8000
    imul r12, [rax], 0x8000
    imul r12, 0x12345678
    imul r12, [rax], 0x12345678
    imul r13, 1
    imul r13, [rax], 1
    imul r13, -1
    imul r13, [rax], -1
    imul r13, 127
    imul r13, [rax], 127
    imul r13, 128
    imul r13, [rax], 128
    imul r13, -129
    imul r13, [rax], -129
    imul r13, 0x7fff
    imul r13, [rax], 0x7fff
    imul r13, 0x8000
    imul r13, [rax], 0x8000
    imul r13, 0x12345678
    imul r13, [rax], 0x12345678
    mov rax, var
    mov rax, [var]
    lea rax, [var]
    mov rax, var+8
    mov rax, [rel var+8]
    mov rbx, var
    mov rbx, [var]
    lea rbx, [var]
    mov rbx, var+8
    mov rbx, [rel var+8]
    mov rsp, var
    mov rsp, [var]
    lea rsp, [var]
    mov rsp, var+8
    mov rsp, [rel var+8]
    mov rbp, var
    mov rbp, [var]
    lea rbp, [var]
    mov rbp, var+8
    mov rbp, [rel var+8]
    mov r12, var
    mov r12, [var]
    lea r12, [var]
    mov r12, var+8
    mov r12, [rel var+8]
    mov r13, var
    mov r13, [var]
    lea r13, [var]
    mov r13, var+8
    mov r13, [rel var+8]
    mov eax, var
    mov eax, [var]
    lea eax, [var]
    mov eax, var+8
    mov eax, [rel var+8]
    mov ebx, var
    mov ebx, [var]
    lea ebx, [var]
    mov ebx, var+8
    mov ebx, [rel var+8]
    mov esi, var
    mov esi, [var]
    lea esi, [var]
    mov esi, var+8
    mov esi, [rel var+8]
    mov r9d, var
    mov r9d, [var]
    lea r9d, [var]
    mov r9d, var+8
    mov r9d, [rel var+8]
    mov r12d, var
    mov r12d, [var]
    lea r12d, [var]
    mov r12d, var+8
    mov r12d, [rel var+8]
    mov ax, var
    mov ax, [var]
    lea ax, [var]
    mov ax, var+8
    mov ax, [rel var+8]
    mov bx, var
    mov bx, [var]
    lea bx, [var]
    mov bx, var+8
    mov bx, [rel var+8]
    mov cx, var
    mov cx, [var]
    lea cx, [var]
    mov cx, var+8
    mov cx, [rel var+8]
    mov si, var
    mov si, [var]
    lea si, [var]
    mov si, var+8
    mov si, [rel var+8]
    mov r8w, var
    mov r8w, [var]
    lea r8w, [var]
    mov r8w, var+8
    mov r8w, [rel var+8]
    mov r15w, var
    mov r15w, [var]
    lea r15w, [var]
    mov r15w, var+8
    mov r15w, [rel var+8]
    mov rax, qword var
    mov eax, dword var
    push var
    push qword var
    push dword 0x7fffffff
    mov qword [rax], var
    mov dword [rax], var
    dq var
    dd var
    dw 0x1234
    db 1,2,3
    mov rax, [qword var]
    mov al, [qword 0x1000]
    mov [qword 0x1000], eax
    mov rax, [abs qword 0x1122334455667788]
    mov eax, [0xffffffff]
    mov eax, [-1]
    mov eax, [0x80000000]
    nop
    nop eax
    nop ax
    nop rax
    nop qword [rax]
    pause
    int 3
    int3
    int 1
    ret 0
    ret 0xffff
    retf
    retf 8
    iretd
    iretq
    iret
    enter 0xffff, 31
    leave
    lock inc dword [rax]
    rep stosb
    repz scasw
    repnz scasd
    lock or [rbx], al
    xacquire lock add [rax], eax
    xrelease mov [rax], ebx
    bnd ret
    bnd jmp rax
    cs nop
    ds mov eax, [rax]
    fs mov eax, [rbx]
    movsx eax, word [rax]
    movsx rax, byte [rax]
    movsx ax, byte [rax]
    movzx rax, word [rax]
    movzx eax, ax
    movsx rax, eax
    movsxd rax, [rax]
    cwd
    cdq
    cqo
    cbw
    cwde
    cdqe
    shld eax, ebx, 3
    shrd rax, rbx, cl
    shld [rax], ecx, 1
    bt eax, 31
    bt rax, 63
    bts dword [rax], 3
    btr qword [rax], rcx
    bsf ax, [rax]
    cmpxchg16b [rbx]
    xadd [rax], al
    xchg [rax], r12b
    sahf
    lahf
    setc al
    setnz byte [rax]
    cmovns r9, [rax]
    cmova ax, bx
    jmp far [rax]
    call far [rax]
    jmp far qword [rax]
    lgs eax, [rax]
    lss rsp, [rax]
    lfs ax, [rbx]
    movnti [rax], eax
    movnti [rax], rcx
    prefetchw [rax]
    prefetchnta [rax+8]
    clflushopt [rax]
    clwb [rax]
    rdtscp
    rdpid rax
    xabort 5
    xend
    endbr64
    ud2
    lar eax, bx
    lsl rax, [rax]
    fstp st1
    fst st0
    fld st2
    fmul st0, st3
    fmul st3, st0
    fdivrp st2, st0
    fsubp
    fcomi st1
    fucomip st0, st7
    fild qword [rax]
    fisttp qword [rax]
    fbld [rax]
    fbstp [rax]
    fldenv [rax]
    fnsave [rax]
    frstor [rax]
    fxrstor [rax]
    fxsave64 [rax]
    xsave64 [rax]
    xrstor [rax]
    xsaveopt [rax]
    fninit
    fwait
    wait
    emms
    movd mm0, eax
    movq mm1, [rax]
    movq mm1, rax
    paddb mm0, mm1
    pxor mm2, [rax]
    psllq mm0, 3
    pshufw mm0, mm1, 3
    movq2dq xmm0, mm1
    movdq2q mm1, xmm2
    cvtpi2pd xmm0, mm1
    maskmovq mm0, mm1
    pfadd mm0, mm1
    femms
    pinsrw mm0, eax, 1
    pextrw eax, mm1, 2
    pextrw eax, xmm1, 2
    pinsrb xmm0, eax, 1
    pextrb eax, xmm0, 1
    pextrb [rax], xmm0, 1
    pinsrw xmm0, [rax], 1
    insertps xmm0, xmm1, 0x10
    extractps eax, xmm1, 1
    extractps [rax], xmm1, 1
    pmovzxbw xmm0, [rax]
    pmovsxdq xmm0, xmm1
    pcmpestri xmm0, [rax], 3
    pcmpistrm xmm0, xmm1, 3
    aesenc xmm0, xmm1
    aeskeygenassist xmm0, xmm1, 1
    pclmulqdq xmm0, xmm1, 0x11
    sha1rnds4 xmm0, xmm1, 2
    sha256msg1 xmm0, xmm1
    crc32 eax, ax
    crc32 eax, byte [rax]
    crc32 rax, byte [rax]
    crc32 eax, dword [rax]
    popcnt ax, [rax]
    lzcnt rax, [rax]
    tzcnt r9w, ax
    movbe ax, [rax]
    bzhi eax, ebx, ecx
    blsi rax, [rax]
    blsmsk eax, ebx
    rorx rax, [rax], 5
    vpbroadcastb xmm0, xmm1
    vpbroadcastq ymm0, [rax]
    vgatherdps xmm0, [rax+xmm1*4], xmm2
    vpermq ymm0, ymm1, 0x1b
    vpermd ymm0, ymm1, [rax]
    vpsllvd xmm0, xmm1, xmm2
    vpmaskmovd xmm0, xmm1, [rax]
    vmaskmovps [rax], ymm1, ymm2
    vcvtph2ps ymm0, xmm1
    vcvtps2ph xmm0, ymm1, 0
    vcvtps2ph [rax], ymm1, 0
    vfmadd213ps ymm0, ymm1, [rax]
    vfnmadd231ss xmm0, xmm1, [rax]
    vfmaddsub132pd ymm0, ymm1, ymm2
    vtestps ymm0, ymm1
    vroundpd ymm0, [rax], 3
    vdpps ymm0, ymm1, ymm2, 0xff
    vmpsadbw xmm0, xmm1, xmm2, 1
    vpalignr ymm0, ymm1, ymm2, 4
    vpshufd ymm0, [rax], 0x1b
    vpsrldq xmm0, xmm1, 3
    vpslldq ymm0, ymm1, 3
    vmovntdqa ymm0, [rax]
    vlddqu ymm0, [rax]
    vmovhps xmm0, xmm1, [rax]
    vmovhps [rax], xmm1
    vmovlpd xmm0, xmm1, [rax]
    vmovmskpd eax, ymm1
    vpmovmskb rax, ymm1
    vextracti128 xmm0, ymm1, 1
    vinserti128 ymm0, ymm1, [rax], 1
    vperm2i128 ymm0, ymm1, ymm2, 0x20
    vpblendd ymm0, ymm1, ymm2, 0xf0
    vpblendvb ymm0, ymm1, ymm2, ymm3
    vcvtdq2pd ymm0, xmm1
    vcvtpd2dq xmm0, ymm1
    vcvtpd2dq xmm0, [rax]
    vcvtpd2ps xmm0, yword [rax]
    vcvttpd2dq xmm0, oword [rax]
    vcvtsd2si rax, xmm1
    vcvtss2si eax, [rax]
    vcvtsi2ss xmm0, xmm1, eax
    vcvtsi2sd xmm0, xmm1, qword [rax]
    vucomisd xmm0, [rax]
    vcomiss xmm0, xmm1
    vmovd xmm0, [rax]
    vmovq [rax], xmm1
    vpextrq rax, xmm1, 1
    vpinsrq xmm0, xmm1, rax, 1
    vpextrw eax, xmm0, 1
    vpinsrw xmm0, xmm1, eax, 1
    vpextrb eax, xmm0, 1
    vpinsrb xmm0, xmm1, [rax], 1
    vextractps eax, xmm0, 1
    vinsertps xmm0, xmm1, xmm2, 0x30
    vzeroall
    vldmxcsr [rax]
    vstmxcsr [rax]
    vaesenc xmm0, xmm1, xmm2
    vpclmulqdq xmm0, xmm1, xmm2, 1
    movsd xmm0, [rax+8]
    movsd [rsp], xmm15
    cvtsi2sd xmm0, rax
    cvtsi2sd xmm0, dword [rax]
    cvtsi2sd xmm0, qword [rax]
    cvtsi2ss xmm0, [rax]
    cvtsi2sd xmm0, [rax]
    cvtsd2si eax, [rax]
    cvttss2si rax, [rax]
    cvtps2pd xmm0, [rax]
    cvtdq2ps xmm0, xmm1
    cvtpd2ps xmm0, [rax]
    cvtss2sd xmm0, [rax]
    sqrtss xmm0, [rax]
    rcpss xmm0, [rax]
    roundss xmm0, [rax], 1
    cmpltsd xmm0, xmm1
    cmpnlepd xmm0, [rax]
    cmpps xmm0, xmm1, 7
    cmpunordss xmm0, xmm1
    movlps [rax], xmm0
    movhpd xmm0, [rax]
    movsldup xmm0, xmm1
    movshdup xmm0, [rax]
    unpckhps xmm0, [rax]
    blendvpd xmm0, xmm1, xmm0
    blendvps xmm0, [rax]
    pblendvb xmm0, xmm1
    pblendw xmm0, xmm1, 3
    dppd xmm0, xmm1, 0x31
    mpsadbw xmm0, xmm1, 5
    phminposuw xmm0, xmm1
    pmuldq xmm0, xmm1
    pmulld xmm0, [rax]
    packusdw xmm0, xmm1
    pcmpeqq xmm0, xmm1
    pcmpgtq xmm0, [rax]
    movntdqa xmm0, [rax]
    maskmovdqu xmm0, xmm1
    movntpd [rax], xmm0
    movntps [rax], xmm0
    movnti [rax], r9
    pshuflw xmm0, xmm1, 1
    pshufhw xmm0, [rax], 2
    psrldq xmm0, 4
    pslldq xmm1, 8
    psraw xmm0, 2
    psrad xmm0, xmm1
    pmaddwd xmm0, xmm1
    psadbw xmm0, [rax]
    pavgb xmm0, xmm1
    pminub xmm0, xmm1
    pmaxsw xmm0, [rax]
    pabsb xmm0, xmm1
    psignw xmm0, xmm1
    phaddd xmm0, xmm1
    pmaddubsw xmm0, xmm1
    pmulhrsw xmm0, xmm1
    pshufb mm0, mm1
    palignr mm0, mm1, 3
    ldmxcsr [rax]
    movmskps eax, xmm1
    addps xmm13, [rsp+8]
    addps xmm9, [r12+r13*4+0x40]
    addps xmm15, xmm6
    addpd xmm5, [r12+r13*4+0x40]
    addpd xmm7, [rel var]
    addpd xmm0, xmm0
    addss xmm13, [rbp-16]
    addss xmm2, [rel var]
    addss xmm4, xmm7
    addsd xmm13, [rsp+8]
    addsd xmm13, [rax]
    addsd xmm14, xmm1
    subps xmm15, [rbp-16]
    subps xmm3, [rel var]
    subps xmm11, xmm0
    mulpd xmm3, [rsp+8]
    mulpd xmm0, [rax]
    mulpd xmm14, xmm5
    divss xmm12, [rel var]
    divss xmm15, [rbp-16]
    divss xmm4, xmm5
    minsd xmm15, [var+16]
    minsd xmm7, [rax]
    minsd xmm2, xmm6
    maxps xmm2, [rsp+8]
    maxps xmm3, [rel var]
    maxps xmm15, xmm12
    sqrtps xmm4, [rsp+8]
    sqrtps xmm13, [rbp-16]
    sqrtps xmm9, xmm11
    sqrtss xmm12, [r12+r13*4+0x40]
    sqrtss xmm10, [rel var]
    sqrtss xmm15, xmm12
    rsqrtps xmm2, [rbp-16]
    rsqrtps xmm5, [rax]
    rsqrtps xmm15, xmm0
    rcpss xmm7, [r12+r13*4+0x40]
    rcpss xmm10, [rax]
    rcpss xmm3, xmm5
    andps xmm11, [var+16]
    andps xmm10, [rsp+8]
    andps xmm11, xmm9
    andnpd xmm5, [rsp+8]
    andnpd xmm2, [rax]
    andnpd xmm5, xmm13
    orps xmm1, [rbp-16]
    orps xmm7, [rsp+8]
    orps xmm13, xmm5
    xorpd xmm0, [var+16]
    xorpd xmm11, [rel var]
    xorpd xmm15, xmm12
    unpcklps xmm7, [var+16]
    unpcklps xmm5, [rsp+8]
    unpcklps xmm2, xmm14
    unpckhpd xmm1, [r12+r13*4+0x40]
    unpckhpd xmm9, [var+16]
    unpckhpd xmm1, xmm8
    cvtps2pd xmm1, [var+16]
    cvtps2pd xmm13, [rbp-16]
    cvtps2pd xmm7, xmm5
    cvtpd2ps xmm10, [r12+r13*4+0x40]
    cvtpd2ps xmm4, [rax]
    cvtpd2ps xmm4, xmm15
    cvtdq2pd xmm4, [rax]
    cvtdq2pd xmm15, [rbp-16]
    cvtdq2pd xmm0, xmm6
    cvtpd2dq xmm11, [rbp-16]
    cvtpd2dq xmm13, [rsp+8]
    cvtpd2dq xmm15, xmm15
    cvttpd2dq xmm8, [rbp-16]
    cvttpd2dq xmm4, [rsp+8]
    cvttpd2dq xmm0, xmm12
    cvtps2dq xmm0, [var+16]
    cvtps2dq xmm8, [rsp+8]
    cvtps2dq xmm10, xmm7
    cvttps2dq xmm8, [rel var]
    cvttps2dq xmm12, [r12+r13*4+0x40]
    cvttps2dq xmm4, xmm4
    cvtdq2ps xmm12, [rsp+8]
    cvtdq2ps xmm3, [rax]
    cvtdq2ps xmm5, xmm0
    cvtss2sd xmm4, [var+16]
    cvtss2sd xmm2, [r12+r13*4+0x40]
    cvtss2sd xmm3, xmm9
    cvtsd2ss xmm10, [rsp+8]
    cvtsd2ss xmm12, [rbp-16]
    cvtsd2ss xmm15, xmm7
    comiss xmm5, [rel var]
    comiss xmm5, [rsp+8]
    comiss xmm12, xmm6
    ucomisd xmm1, [var+16]
    ucomisd xmm1, [rel var]
    ucomisd xmm0, xmm12
    movapd xmm12, [r12+r13*4+0x40]
    movapd xmm5, [rax]
    movapd xmm7, xmm8
    movaps xmm10, [var+16]
    movaps xmm1, [rel var]
    movaps xmm7, xmm12
    movdqa xmm9, [rsp+8]
    movdqa xmm15, [rbp-16]
    movdqa xmm3, xmm1
    movdqu xmm10, [rel var]
    movdqu xmm9, [var+16]
    movdqu xmm9, xmm6
    movups xmm10, [rax]
    movups xmm6, [rel var]
    movups xmm11, xmm2
    movupd xmm3, [rbp-16]
    movupd xmm2, [r12+r13*4+0x40]
    movupd xmm2, xmm14
    lddqu xmm0, [rel var]
    lddqu xmm14, [var+16]
    paddb xmm7, [r12+r13*4+0x40]
    paddb xmm0, [rax]
    paddb xmm1, xmm13
    paddw xmm8, [rax]
    paddw xmm12, [rsp+8]
    paddw xmm13, xmm14
    paddq xmm12, [rsp+8]
    paddq xmm10, [r12+r13*4+0x40]
    paddq xmm15, xmm7
    psubb xmm1, [var+16]
    psubb xmm15, [rax]
    psubb xmm5, xmm15
    psubusb xmm6, [rbp-16]
    psubusb xmm14, [rel var]
    psubusb xmm8, xmm7
    pmullw xmm12, [r12+r13*4+0x40]
    pmullw xmm9, [var+16]
    pmullw xmm12, xmm0
    pmulhw xmm6, [rsp+8]
    pmulhw xmm9, [rbp-16]
    pmulhw xmm12, xmm4
    pmuludq xmm5, [rax]
    pmuludq xmm2, [rel var]
    pmuludq xmm9, xmm12
    pcmpgtb xmm3, [var+16]
    pcmpgtb xmm5, [r12+r13*4+0x40]
    pcmpgtb xmm13, xmm6
    pcmpeqw xmm11, [var+16]
    pcmpeqw xmm6, [rbp-16]
    pcmpeqw xmm8, xmm2
    packsswb xmm8, [rax]
    packsswb xmm4, [rbp-16]
    packsswb xmm6, xmm7
    packssdw xmm12, [rel var]
    packssdw xmm5, [rbp-16]
    packssdw xmm12, xmm14
    punpckhbw xmm14, [r12+r13*4+0x40]
    punpckhbw xmm8, [var+16]
    punpckhbw xmm5, xmm12
    punpcklqdq xmm3, [rel var]
    punpcklqdq xmm6, [rbp-16]
    punpcklqdq xmm6, xmm1
    pand xmm0, [rbp-16]
    pand xmm2, [var+16]
    pand xmm1, xmm12
    pandn xmm14, [rel var]
    pandn xmm7, [r12+r13*4+0x40]
    pandn xmm0, xmm4
    pxor xmm6, [rax]
    pxor xmm14, [rbp-16]
    pxor xmm11, xmm0
    pavgw xmm4, [rbp-16]
    pavgw xmm13, [rsp+8]
    pavgw xmm1, xmm9
    pmaxub xmm12, [rsp+8]
    pmaxub xmm7, [r12+r13*4+0x40]
    pmaxub xmm7, xmm14
    pminsw xmm2, [rax]
    pminsw xmm2, [rel var]
    pminsw xmm13, xmm6
    psadbw xmm15, [rsp+8]
    psadbw xmm15, [rax]
    psadbw xmm15, xmm10
    pshufb xmm4, [rsp+8]
    pshufb xmm11, [rbp-16]
    pshufb xmm9, xmm9
    phaddw xmm2, [var+16]
    phaddw xmm2, [rax]
    phaddw xmm5, xmm3
    pabsd xmm11, [var+16]
    pabsd xmm8, [rsp+8]
    pabsd xmm11, xmm1
    pmaddubsw xmm15, [rsp+8]
    pmaddubsw xmm8, [rax]
    pmaddubsw xmm12, xmm5
    pmulld xmm7, [rax]
    pmulld xmm11, [var+16]
    pmulld xmm8, xmm13
    pminud xmm13, [rsp+8]
    pminud xmm2, [var+16]
    pminud xmm10, xmm7
    pmaxsb xmm1, [rsp+8]
    pmaxsb xmm11, [rel var]
    pmaxsb xmm5, xmm0
    pcmpeqq xmm15, [var+16]
    pcmpeqq xmm15, [rbp-16]
    pcmpeqq xmm5, xmm14
    pcmpgtq xmm1, [rax]
    pcmpgtq xmm6, [rbp-16]
    pcmpgtq xmm3, xmm9
    pmovsxbw xmm14, [r12+r13*4+0x40]
    pmovsxbw xmm11, [rsp+8]
    pmovsxbw xmm0, xmm11
    pmovzxbd xmm8, [rsp+8]
    pmovzxbd xmm0, [rel var]
    pmovzxbd xmm12, xmm5
    pmovzxwq xmm13, [rsp+8]
    pmovzxwq xmm6, [rel var]
    pmovzxwq xmm7, xmm9
    packusdw xmm2, [r12+r13*4+0x40]
    packusdw xmm7, [rbp-16]
    packusdw xmm12, xmm5
    ptest xmm11, [rbp-16]
    ptest xmm4, [rel var]
    ptest xmm0, xmm13
    movshdup xmm6, [rel var]
    movshdup xmm3, [rax]
    movshdup xmm6, xmm11
    movsldup xmm3, [rel var]
    movsldup xmm5, [rbp-16]
    movsldup xmm7, xmm13
    movddup xmm15, [rel var]
    movddup xmm6, [r12+r13*4+0x40]
    movddup xmm6, xmm8
    haddps xmm12, [rsp+8]
    haddps xmm7, [r12+r13*4+0x40]
    haddps xmm15, xmm15
    hsubpd xmm14, [rbp-16]
    hsubpd xmm6, [rax]
    hsubpd xmm1, xmm10
    addsubps xmm9, [rel var]
    addsubps xmm4, [r12+r13*4+0x40]
    addsubps xmm7, xmm5
    aesenc xmm12, [r12+r13*4+0x40]
    aesenc xmm1, [rsp+8]
    aesenc xmm0, xmm9
    aesdec xmm6, [rel var]
    aesdec xmm15, [r12+r13*4+0x40]
    aesdec xmm7, xmm15
    aesimc xmm0, [var+16]
    aesimc xmm11, [rax]
    aesimc xmm4, xmm15
    sha256rnds2 xmm1, [rbp-16], xmm0
    sha256rnds2 xmm1, [r12+r13*4+0x40], xmm0
    sha256rnds2 xmm11, xmm12
    pclmullqlqdq xmm2, [rel var]
    pclmullqlqdq xmm8, [r12+r13*4+0x40]
    pclmullqlqdq xmm3, xmm11
    vaddps xmm8, xmm14, [rax]
    vaddps xmm8, xmm14, xmm6
    vaddps ymm10, ymm2, [var+16]
    vaddps ymm10, ymm2, ymm9
    vaddpd xmm7, xmm4, [rsp+8]
    vaddpd xmm7, xmm4, xmm8
    vaddpd ymm3, ymm9, [var+16]
    vaddpd ymm3, ymm9, ymm6
    vsubps xmm6, xmm4, [r12+r13*4+0x40]
    vsubps xmm6, xmm4, xmm15
    vsubps ymm6, ymm1, [var+16]
    vsubps ymm6, ymm1, ymm10
    vmulpd xmm11, xmm0, [rsp+8]
    vmulpd xmm11, xmm0, xmm4
    vmulpd ymm9, ymm1, [rbp-16]
    vmulpd ymm9, ymm1, ymm13
    vdivps xmm1, xmm3, [rel var]
    vdivps xmm1, xmm3, xmm0
    vdivps ymm7, ymm14, [r12+r13*4+0x40]
    vdivps ymm7, ymm14, ymm11
    vminpd xmm13, xmm0, [var+16]
    vminpd xmm13, xmm0, xmm11
    vminpd ymm4, ymm11, [r12+r13*4+0x40]
    vminpd ymm4, ymm11, ymm14
    vmaxps xmm14, xmm7, [r12+r13*4+0x40]
    vmaxps xmm14, xmm7, xmm7
    vmaxps ymm0, ymm14, [rsp+8]
    vmaxps ymm0, ymm14, ymm2
    vandps xmm11, xmm15, [rsp+8]
    vandps xmm11, xmm15, xmm5
    vandps ymm0, ymm8, [rbp-16]
    vandps ymm0, ymm8, ymm10
    vandnpd xmm9, xmm6, [rax]
    vandnpd xmm9, xmm6, xmm14
    vandnpd ymm5, ymm6, [rsp+8]
    vandnpd ymm5, ymm6, ymm0
    vorps xmm5, xmm4, [rsp+8]
    vorps xmm5, xmm4, xmm3
    vorps ymm5, ymm3, [var+16]
    vorps ymm5, ymm3, ymm12
    vxorpd xmm3, xmm3, [rsp+8]
    vxorpd xmm3, xmm3, xmm6
    vxorpd ymm0, ymm2, [rsp+8]
    vxorpd ymm0, ymm2, ymm7
    vunpcklps xmm3, xmm7, [rsp+8]
    vunpcklps xmm3, xmm7, xmm13
    vunpcklps ymm0, ymm12, [rbp-16]
    vunpcklps ymm0, ymm12, ymm10
    vunpckhpd xmm11, xmm13, [rax]
    vunpckhpd xmm11, xmm13, xmm15
    vunpckhpd ymm1, ymm12, [rel var]
    vunpckhpd ymm1, ymm12, ymm15
    vhaddps xmm5, xmm1, [var+16]
    vhaddps xmm5, xmm1, xmm2
    vhaddps ymm8, ymm15, [var+16]
    vhaddps ymm8, ymm15, ymm8
    vaddsubpd xmm5, xmm9, [rbp-16]
    vaddsubpd xmm5, xmm9, xmm11
    vaddsubpd ymm15, ymm8, [r12+r13*4+0x40]
    vaddsubpd ymm15, ymm8, ymm9
    vpaddb xmm1, xmm3, [rbp-16]
    vpaddb xmm1, xmm3, xmm2
    vpaddb ymm15, ymm10, [rsp+8]
    vpaddb ymm15, ymm10, ymm4
    vpaddq xmm9, xmm9, [r12+r13*4+0x40]
    vpaddq xmm9, xmm9, xmm3
    vpaddq ymm8, ymm14, [rsp+8]
    vpaddq ymm8, ymm14, ymm1
    vpsubw xmm11, xmm13, [rel var]
    vpsubw xmm11, xmm13, xmm3
    vpsubw ymm15, ymm6, [rel var]
    vpsubw ymm15, ymm6, ymm11
    vpmullw xmm6, xmm1, [r12+r13*4+0x40]
    vpmullw xmm6, xmm1, xmm9
    vpmullw ymm10, ymm13, [rsp+8]
    vpmullw ymm10, ymm13, ymm0
    vpmulld xmm13, xmm6, [rsp+8]
    vpmulld xmm13, xmm6, xmm1
    vpmulld ymm6, ymm6, [rsp+8]
    vpmulld ymm6, ymm6, ymm10
    vpcmpeqb xmm0, xmm7, [var+16]
    vpcmpeqb xmm0, xmm7, xmm14
    vpcmpeqb ymm7, ymm11, [rel var]
    vpcmpeqb ymm7, ymm11, ymm12
    vpcmpgtq xmm6, xmm8, [var+16]
    vpcmpgtq xmm6, xmm8, xmm5
    vpcmpgtq ymm11, ymm15, [rsp+8]
    vpcmpgtq ymm11, ymm15, ymm10
    vpand xmm11, xmm4, [rbp-16]
    vpand xmm11, xmm4, xmm2
    vpand ymm1, ymm7, [var+16]
    vpand ymm1, ymm7, ymm9
    vpandn xmm10, xmm12, [rsp+8]
    vpandn xmm10, xmm12, xmm12
    vpandn ymm0, ymm8, [rbp-16]
    vpandn ymm0, ymm8, ymm6
    vpor xmm7, xmm3, [rax]
    vpor xmm7, xmm3, xmm6
    vpor ymm12, ymm6, [r12+r13*4+0x40]
    vpor ymm12, ymm6, ymm6
    vpxor xmm5, xmm13, [r12+r13*4+0x40]
    vpxor xmm5, xmm13, xmm9
    vpxor ymm4, ymm12, [rax]
    vpxor ymm4, ymm12, ymm4
    vpavgb xmm0, xmm2, [rsp+8]
    vpavgb xmm0, xmm2, xmm14
    vpavgb ymm3, ymm15, [rax]
    vpavgb ymm3, ymm15, ymm2
    vpmaxsd xmm10, xmm3, [rsp+8]
    vpmaxsd xmm10, xmm3, xmm9
    vpmaxsd ymm14, ymm9, [r12+r13*4+0x40]
    vpmaxsd ymm14, ymm9, ymm12
    vpminub xmm3, xmm8, [rbp-16]
    vpminub xmm3, xmm8, xmm0
    vpminub ymm13, ymm8, [r12+r13*4+0x40]
    vpminub ymm13, ymm8, ymm10
    vpsadbw xmm8, xmm11, [rsp+8]
    vpsadbw xmm8, xmm11, xmm11
    vpsadbw ymm11, ymm6, [var+16]
    vpsadbw ymm11, ymm6, ymm5
    vpshufb xmm2, xmm8, [rsp+8]
    vpshufb xmm2, xmm8, xmm0
    vpshufb ymm10, ymm1, [rsp+8]
    vpshufb ymm10, ymm1, ymm11
    vpacksswb xmm6, xmm0, [rax]
    vpacksswb xmm6, xmm0, xmm0
    vpacksswb ymm5, ymm10, [rel var]
    vpacksswb ymm5, ymm10, ymm7
    vpackusdw xmm4, xmm10, [rel var]
    vpackusdw xmm4, xmm10, xmm5
    vpackusdw ymm6, ymm3, [rsp+8]
    vpackusdw ymm6, ymm3, ymm9
    vpunpckhbw xmm13, xmm8, [rbp-16]
    vpunpckhbw xmm13, xmm8, xmm6
    vpunpckhbw ymm12, ymm12, [rbp-16]
    vpunpckhbw ymm12, ymm12, ymm1
    vpunpcklqdq xmm7, xmm9, [rbp-16]
    vpunpcklqdq xmm7, xmm9, xmm7
    vpunpcklqdq ymm9, ymm13, [rsp+8]
    vpunpcklqdq ymm9, ymm13, ymm2
    vpmaddwd xmm14, xmm14, [var+16]
    vpmaddwd xmm14, xmm14, xmm5
    vpmaddwd ymm5, ymm14, [rax]
    vpmaddwd ymm5, ymm14, ymm12
    vpmuludq xmm15, xmm2, [var+16]
    vpmuludq xmm15, xmm2, xmm15
    vpmuludq ymm5, ymm3, [rel var]
    vpmuludq ymm5, ymm3, ymm0
    vpsllvq xmm0, xmm9, [rel var]
    vpsllvq xmm0, xmm9, xmm4
    vpsllvq ymm0, ymm2, [r12+r13*4+0x40]
    vpsllvq ymm0, ymm2, ymm2
    vpsravd xmm13, xmm11, [rel var]
    vpsravd xmm13, xmm11, xmm12
    vpsravd ymm14, ymm15, [var+16]
    vpsravd ymm14, ymm15, ymm8
    vpermps ymm5, ymm9, [var+16]
    vpermps ymm5, ymm9, ymm7
    vpermd ymm9, ymm2, [rsp+8]
    vpermd ymm9, ymm2, ymm5
    vpsignb xmm13, xmm10, [rel var]
    vpsignb xmm13, xmm10, xmm8
    vpsignb ymm11, ymm12, [rel var]
    vpsignb ymm11, ymm12, ymm3
    vphaddd xmm11, xmm1, [rax]
    vphaddd xmm11, xmm1, xmm6
    vphaddd ymm7, ymm14, [rbp-16]
    vphaddd ymm7, ymm14, ymm15
    vpmulhrsw xmm9, xmm7, [var+16]
    vpmulhrsw xmm9, xmm7, xmm15
    vpmulhrsw ymm8, ymm6, [var+16]
    vpmulhrsw ymm8, ymm6, ymm10
    vaesenc xmm10, xmm15, [rel var]
    vaesenc xmm10, xmm15, xmm13
    vaesenclast xmm7, xmm8, [rsp+8]
    vaesenclast xmm7, xmm8, xmm5
    vpclmulqdq xmm5, xmm3, [var+16], 0x10
    vmovaps xmm5, [rbp-16]
    vmovaps xmm15, xmm13
    vmovaps ymm8, [rsp+8]
    vmovaps ymm8, ymm2
    vmovaps [rel var], ymm3
    vmovapd xmm9, [rel var]
    vmovapd xmm2, xmm6
    vmovapd ymm5, [var+16]
    vmovapd ymm0, ymm7
    vmovapd [var+16], ymm13
    vmovups xmm13, [var+16]
    vmovups xmm12, xmm8
    vmovups ymm5, [r12+r13*4+0x40]
    vmovups ymm6, ymm0
    vmovups [var+16], ymm9
    vmovdqa xmm12, [r12+r13*4+0x40]
    vmovdqa xmm6, xmm8
    vmovdqa ymm12, [r12+r13*4+0x40]
    vmovdqa ymm9, ymm7
    vmovdqa [rax], ymm11
    vmovdqu xmm8, [rbp-16]
    vmovdqu xmm10, xmm13
    vmovdqu ymm1, [rbp-16]
    vmovdqu ymm5, ymm7
    vmovdqu [rsp+8], ymm3
    vsqrtps xmm10, [var+16]
    vsqrtps xmm7, xmm5
    vsqrtps ymm5, [rbp-16]
    vsqrtps ymm2, ymm1
    vrcpps xmm1, [var+16]
    vrcpps xmm15, xmm5
    vrcpps ymm5, [r12+r13*4+0x40]
    vrcpps ymm12, ymm9
    vrsqrtps xmm14, [rax]
    vrsqrtps xmm5, xmm4
    vrsqrtps ymm5, [rel var]
    vrsqrtps ymm12, ymm14
    vcvtps2pd xmm5, [r12+r13*4+0x40]
    vcvtps2pd xmm12, xmm10
    vcvtps2pd ymm3, xmm6
    vcvtps2pd ymm1, [var+16]
    vcvtdq2ps xmm5, [rax]
    vcvtdq2ps xmm3, xmm10
    vcvtdq2ps ymm1, [rax]
    vcvtdq2ps ymm12, ymm10
    vcvtps2dq xmm12, [var+16]
    vcvtps2dq xmm15, xmm8
    vcvtps2dq ymm2, [var+16]
    vcvtps2dq ymm12, ymm1
    vcvttps2dq xmm8, [rsp+8]
    vcvttps2dq xmm11, xmm15
    vcvttps2dq ymm2, [rbp-16]
    vcvttps2dq ymm3, ymm14
    vptest xmm12, [r12+r13*4+0x40]
    vptest xmm14, xmm15
    vptest ymm9, [rel var]
    vptest ymm1, ymm13
    vtestps xmm7, [var+16]
    vtestps xmm1, xmm8
    vtestps ymm7, [r12+r13*4+0x40]
    vtestps ymm8, ymm8
    vpabsb xmm13, [rsp+8]
    vpabsb xmm13, xmm12
    vpabsb ymm10, [rsp+8]
    vpabsb ymm10, ymm11
    vpmovsxbw xmm9, [rbp-16]
    vpmovsxbw xmm14, xmm0
    vpmovsxbw ymm2, xmm8
    vpmovsxbw ymm1, [rax]
    vpmovzxwd xmm3, [r12+r13*4+0x40]
    vpmovzxwd xmm15, xmm10
    vpmovzxwd ymm13, xmm10
    vpmovzxwd ymm1, [r12+r13*4+0x40]
    vbroadcastss xmm7, [rel var]
    vbroadcastss ymm8, [rax]
    vpbroadcastw xmm4, [rsp+8]
    vpbroadcastw ymm2, [rsp+8]
    vmovshdup xmm11, [var+16]
    vmovshdup xmm12, xmm12
    vmovshdup ymm15, [rax]
    vmovshdup ymm4, ymm2
    vmovsldup xmm12, [var+16]
    vmovsldup xmm15, xmm6
    vmovsldup ymm13, [rsp+8]
    vmovsldup ymm7, ymm8
    vmovddup xmm6, [rax]
    vmovddup xmm5, xmm6
    vmovddup ymm1, [rbp-16]
    vmovddup ymm12, ymm6
    vlddqu xmm3, [r12+r13*4+0x40]
    vlddqu ymm9, [rax]
    vphminposuw xmm8, [rax]
    vphminposuw xmm7, xmm15
    vpmovmskb eax, xmm12
    vpmovmskb eax, ymm13
    vmovmskps eax, xmm11
    vmovmskps eax, ymm1
    vcvtdq2pd xmm11, [r12+r13*4+0x40]
    vcvtdq2pd xmm8, xmm0
    vcvtdq2pd ymm0, xmm4
    vcvtdq2pd ymm1, [rax]
    vfmadd132ps ymm1, ymm2, ymm3
    vfmadd132ps ymm9, ymm10, [rel var]
    vfmadd213pd ymm1, ymm2, ymm3
    vfmadd213pd ymm9, ymm10, [rbp-16]
    vfmadd231ss xmm1, xmm2, xmm3
    vfmadd231ss xmm9, xmm10, [var+16]
    vfmsub132sd xmm1, xmm2, xmm3
    vfmsub132sd xmm9, xmm10, [r12+r13*4+0x40]
    vfnmadd213ps xmm1, xmm2, xmm3
    vfnmadd213ps xmm9, xmm10, [rel var]
    vfnmsub231pd ymm1, ymm2, ymm3
    vfnmsub231pd ymm9, ymm10, [var+16]
    vfmaddsub213ps xmm1, xmm2, xmm3
    vfmaddsub213ps xmm9, xmm10, [rbp-16]
    vfmsubadd231pd ymm1, ymm2, ymm3
    vfmsubadd231pd ymm9, ymm10, [rbp-16]
    vshufps xmm1, xmm2, xmm3, 5
    vshufps xmm4, xmm5, [rsp+8], 5
    vshufpd xmm1, xmm2, xmm3, 5
    vshufpd xmm4, xmm5, [rbp-16], 5
    vblendps ymm1, ymm2, ymm3, 5
    vblendps ymm4, ymm5, [rel var], 5
    vpblendw xmm1, xmm2, xmm3, 7
    vpblendw xmm4, xmm5, [rax], 7
    vpalignr ymm1, ymm2, ymm3, 8
    vpalignr ymm4, ymm5, [var+16], 8
    vmpsadbw ymm1, ymm2, ymm3, 2
    vmpsadbw ymm4, ymm5, [r12+r13*4+0x40], 2
    vdpps ymm1, ymm2, ymm3, 15
    vdpps ymm4, ymm5, [rbp-16], 15
    vroundps ymm1, ymm2, 2
    vroundps xmm1, [r12+r13*4+0x40], 2
    vpshufd ymm1, ymm2, 10
    vpshufd xmm1, [rsp+8], 10
    vpshufhw ymm1, ymm2, 10
    vpshufhw xmm1, [rsp+8], 10
    vpshuflw ymm1, ymm2, 0
    vpshuflw xmm1, [rsp+8], 0
    vpermilps ymm1, ymm2, 15
    vpermilps xmm1, [var+16], 15
    vpermilpd ymm1, ymm2, 12
    vpermilpd xmm1, [rel var], 12
    vperm2f128 ymm1, ymm2, ymm3, 5
    vinsertf128 ymm1, ymm2, xmm3, 1
    vinsertf128 ymm1, ymm2, [rel var], 0
    vextractf128 xmm1, ymm2, 1
    vextractf128 [r12+r13*4+0x40], ymm2, 0
    vpermq ymm1, ymm2, 8
    vpermq ymm3, [rax], 8
    vpermpd ymm1, ymm2, 4
    vpermpd ymm3, [rsp+8], 4
    vcmpps xmm1, xmm2, xmm3, 8
    vcmpps xmm4, xmm5, [rsp+8], 8
    vcmppd ymm1, ymm2, ymm3, 7
    vcmppd ymm4, ymm5, [var+16], 7
    vcmpss xmm1, xmm2, xmm3, 6
    vcmpss xmm1, xmm2, [rsp+8], 6
    vcmpsd xmm1, xmm2, xmm3, 11
    vcmpsd xmm1, xmm2, [r12+r13*4+0x40], 11
    vpextrb eax, xmm3, 1
    vpextrb [rax], xmm3, 1
    vpextrw eax, xmm3, 1
    vpextrw [rsp+8], xmm3, 1
    vpextrd eax, xmm3, 1
    vpextrd [rbp-16], xmm3, 1
    vpextrq rax, xmm3, 1
    vpextrq [var+16], xmm3, 1
    vpinsrb xmm1, xmm2, eax, 1
    vpinsrb xmm1, xmm2, [rbp-16], 1
    vpinsrw xmm1, xmm2, eax, 1
    vpinsrw xmm1, xmm2, [r12+r13*4+0x40], 1
    vpinsrd xmm1, xmm2, eax, 1
    vpinsrd xmm1, xmm2, [rsp+8], 1
    vpinsrq xmm1, xmm2, rax, 1
    vinsertps xmm1, xmm2, xmm3, 10
    vinsertps xmm1, xmm2, [rel var], 10
    vextractps eax, xmm3, 1
    vextractps [rbp-16], xmm3, 1
    vpblendd ymm1, ymm2, ymm3, 7
    vpblendd ymm4, ymm5, [var+16], 7
    vcvtps2ph xmm1, ymm2, 4
    vcvtps2ph [rsp+8], xmm2, 4
    vroundsd xmm1, xmm2, xmm3, 10
    vroundsd xmm1, xmm2, [rbp-16], 10
    vroundss xmm1, xmm2, xmm3, 4
    vroundss xmm1, xmm2, [rel var], 4
    bsf ax, [rbx+8]
    bsf ax, ax
    bsf ecx, [rbx+8]
    bsf ecx, ecx
    bsf r10, [rbx+8]
    bsf r10, r10
    bsr ax, [rbx+8]
    bsr ax, ax
    bsr ecx, [rbx+8]
    bsr ecx, ecx
    bsr r10, [rbx+8]
    bsr r10, r10
    popcnt ax, [rbx+8]
    popcnt ax, ax
    popcnt ecx, [rbx+8]
    popcnt ecx, ecx
    popcnt r10, [rbx+8]
    popcnt r10, r10
    lzcnt ax, [rbx+8]
    lzcnt ax, ax
    lzcnt ecx, [rbx+8]
    lzcnt ecx, ecx
    lzcnt r10, [rbx+8]
    lzcnt r10, r10
    tzcnt ax, [rbx+8]
    tzcnt ax, ax
    tzcnt ecx, [rbx+8]
    tzcnt ecx, ecx
    tzcnt r10, [rbx+8]
    tzcnt r10, r10
    crc32 eax, byte [rax]
    crc32 eax, dword [rax]
    crc32 rax, byte [rax]
    movbe ax, [rbx]
    movbe [rbx], ax
    movbe ecx, [rbx]
    movbe [rbx], ecx
    movbe r10, [rbx]
    movbe [rbx], r10
    cmovl ax, [rbx+8]
    cmovl ax, ax
    cmovl ecx, [rbx+8]
    cmovl ecx, ecx
    cmovl r10, [rbx+8]
    cmovl r10, r10
    cmovnbe ax, [rbx+8]
    cmovnbe ax, ax
    cmovnbe ecx, [rbx+8]
    cmovnbe ecx, ecx
    cmovnbe r10, [rbx+8]
    cmovnbe r10, r10
    andn eax, ebx, ecx
    andn eax, ebx, [rdx]
    andn rax, rbx, rcx
    andn rax, rbx, [rdx]
    bextr eax, ebx, ecx
    bextr eax, [rdx], ecx
    bextr rax, rbx, rcx
    bextr rax, [rdx], rcx
    bzhi eax, ebx, ecx
    bzhi eax, [rdx], ecx
    bzhi rax, rbx, rcx
    bzhi rax, [rdx], rcx
    pdep eax, ebx, ecx
    pdep eax, ebx, [rdx]
    pdep rax, rbx, rcx
    pdep rax, rbx, [rdx]
    pext eax, ebx, ecx
    pext eax, ebx, [rdx]
    pext rax, rbx, rcx
    pext rax, rbx, [rdx]
    sarx eax, ebx, ecx
    sarx eax, [rdx], ecx
    sarx rax, rbx, rcx
    sarx rax, [rdx], rcx
    shlx eax, ebx, ecx
    shlx eax, [rdx], ecx
    shlx rax, rbx, rcx
    shlx rax, [rdx], rcx
    shrx eax, ebx, ecx
    shrx eax, [rdx], ecx
    shrx rax, rbx, rcx
    shrx rax, [rdx], rcx
    mulx eax, ebx, ecx
    mulx eax, ebx, [rdx]
    mulx rax, rbx, rcx
    mulx rax, rbx, [rdx]
    rorx eax, ebx, 7
    rorx eax, [rdx], 7
    rorx rax, rbx, 7
    rorx rax, [rdx], 7
    blsi eax, ebx
    blsi eax, [rdx]
    blsi rax, rbx
    blsi rax, [rdx]
    blsmsk eax, ebx
    blsmsk eax, [rdx]
    blsmsk rax, rbx
    blsmsk rax, [rdx]
    blsr eax, ebx
    blsr eax, [rdx]
    blsr rax, rbx
    blsr rax, [rdx]
    vmovdqa xmm1, xmm9
    vmovdqa ymm1, ymm9
    vmovdqa xmm9, xmm1
    vmovdqa ymm9, ymm1
    vmovdqa xmm9, xmm12
    vmovdqa ymm9, ymm12
    vmovdqa xmm2, xmm3
    vmovdqa ymm2, ymm3
    vmovdqu xmm1, xmm9
    vmovdqu ymm1, ymm9
    vmovdqu xmm9, xmm1
    vmovdqu ymm9, ymm1
    vmovdqu xmm9, xmm12
    vmovdqu ymm9, ymm12
    vmovdqu xmm2, xmm3
    vmovdqu ymm2, ymm3
    vmovaps xmm1, xmm9
    vmovaps ymm1, ymm9
    vmovaps xmm9, xmm1
    vmovaps ymm9, ymm1
    vmovaps xmm9, xmm12
    vmovaps ymm9, ymm12
    vmovaps xmm2, xmm3
    vmovaps ymm2, ymm3
    vmovups xmm1, xmm9
    vmovups ymm1, ymm9
    vmovups xmm9, xmm1
    vmovups ymm9, ymm1
    vmovups xmm9, xmm12
    vmovups ymm9, ymm12
    vmovups xmm2, xmm3
    vmovups ymm2, ymm3
    vmovapd xmm1, xmm9
    vmovapd ymm1, ymm9
    vmovapd xmm9, xmm1
    vmovapd ymm9, ymm1
    vmovapd xmm9, xmm12
    vmovapd ymm9, ymm12
    vmovapd xmm2, xmm3
    vmovapd ymm2, ymm3
    vmovupd xmm1, xmm9
    vmovupd ymm1, ymm9
    vmovupd xmm9, xmm1
    vmovupd ymm9, ymm1
    vmovupd xmm9, xmm12
    vmovupd ymm9, ymm12
    vmovupd xmm2, xmm3
    vmovupd ymm2, ymm3
    vmovq xmm1, xmm9
    vmovq xmm9, xmm1
    vmovq xmm9, xmm12
    vmovq xmm2, xmm3
    movdqa xmm1, xmm9
    movdqa xmm9, xmm1
    movdqa xmm9, xmm12
    movdqa xmm2, xmm3
    movaps xmm1, xmm9
    movaps xmm9, xmm1
    movaps xmm9, xmm12
    movaps xmm2, xmm3
    movq xmm1, xmm9
    movq xmm9, xmm1
    movq xmm9, xmm12
    movq xmm2, xmm3
    vmovsd xmm1, xmm9, xmm10
    vmovsd xmm9, xmm1, xmm10
    vmovsd xmm9, xmm12, xmm5
    vmovsd xmm2, xmm3, xmm5
    vmovss xmm1, xmm9, xmm10
    vmovss xmm9, xmm1, xmm10
    vmovss xmm9, xmm12, xmm5
    vmovss xmm2, xmm3, xmm5
    vmovhlps xmm1, xmm9, xmm10
    vmovhlps xmm9, xmm1, xmm10
    vmovhlps xmm9, xmm12, xmm5
    vmovhlps xmm2, xmm3, xmm5
    vmovlhps xmm1, xmm9, xmm10
    vmovlhps xmm9, xmm1, xmm10
    vmovlhps xmm9, xmm12, xmm5
    vmovlhps xmm2, xmm3, xmm5
    vmovddup xmm1, xmm9
    vmovddup ymm1, ymm9
    vmovddup xmm9, xmm1
    vmovddup ymm9, ymm1
    vmovddup xmm9, xmm12
    vmovddup ymm9, ymm12
    vmovddup xmm2, xmm3
    vmovddup ymm2, ymm3
    vmovshdup xmm1, xmm9
    vmovshdup ymm1, ymm9
    vmovshdup xmm9, xmm1
    vmovshdup ymm9, ymm1
    vmovshdup xmm9, xmm12
    vmovshdup ymm9, ymm12
    vmovshdup xmm2, xmm3
    vmovshdup ymm2, ymm3
    vpshufd xmm1, xmm9, 3
    vpshufd ymm1, ymm9, 3
    vpshufd xmm9, xmm1, 3
    vpshufd ymm9, ymm1, 3
    vpshufd xmm9, xmm12, 3
    vpshufd ymm9, ymm12, 3
    vpshufd xmm2, xmm3, 3
    vpshufd ymm2, ymm3, 3
    vpand xmm1, xmm9, xmm10
    vpand ymm1, ymm9, ymm10
    vpand xmm9, xmm1, xmm10
    vpand ymm9, ymm1, ymm10
    vpand xmm9, xmm12, xmm5
    vpand ymm9, ymm12, ymm5
    vpand xmm2, xmm3, xmm5
    vpand ymm2, ymm3, ymm5
    vaddps xmm1, xmm9, xmm10
    vaddps ymm1, ymm9, ymm10
    vaddps xmm9, xmm1, xmm10
    vaddps ymm9, ymm1, ymm10
    vaddps xmm9, xmm12, xmm5
    vaddps ymm9, ymm12, ymm5
    vaddps xmm2, xmm3, xmm5
    vaddps ymm2, ymm3, ymm5
    vxorps xmm1, xmm9, xmm10
    vxorps ymm1, ymm9, ymm10
    vxorps xmm9, xmm1, xmm10
    vxorps ymm9, ymm1, ymm10
    vxorps xmm9, xmm12, xmm5
    vxorps ymm9, ymm12, ymm5
    vxorps xmm2, xmm3, xmm5
    vxorps ymm2, ymm3, ymm5
    vpxor xmm1, xmm9, xmm10
    vpxor ymm1, ymm9, ymm10
    vpxor xmm9, xmm1, xmm10
    vpxor ymm9, ymm1, ymm10
    vpxor xmm9, xmm12, xmm5
    vpxor ymm9, ymm12, ymm5
    vpxor xmm2, xmm3, xmm5
    vpxor ymm2, ymm3, ymm5
    movaps xmm1, xmm9
    movaps xmm9, xmm1
    movaps xmm9, xmm12
    movaps xmm0, xmm15
    movaps xmm15, xmm0
    movapd xmm1, xmm9
    movapd xmm9, xmm1
    movapd xmm9, xmm12
    movapd xmm0, xmm15
    movapd xmm15, xmm0
    movups xmm1, xmm9
    movups xmm9, xmm1
    movups xmm9, xmm12
    movups xmm0, xmm15
    movups xmm15, xmm0
    movupd xmm1, xmm9
    movupd xmm9, xmm1
    movupd xmm9, xmm12
    movupd xmm0, xmm15
    movupd xmm15, xmm0
    movdqa xmm1, xmm9
    movdqa xmm9, xmm1
    movdqa xmm9, xmm12
    movdqa xmm0, xmm15
    movdqa xmm15, xmm0
    movdqu xmm1, xmm9
    movdqu xmm9, xmm1
    movdqu xmm9, xmm12
    movdqu xmm0, xmm15
    movdqu xmm15, xmm0
    movss xmm1, xmm9
    movss xmm9, xmm1
    movss xmm9, xmm12
    movss xmm0, xmm15
    movss xmm15, xmm0
    movsd xmm1, xmm9
    movsd xmm9, xmm1
    movsd xmm9, xmm12
    movsd xmm0, xmm15
    movsd xmm15, xmm0
    movq xmm1, xmm9
    movq xmm9, xmm1
    movq xmm9, xmm12
    movq xmm0, xmm15
    movq xmm15, xmm0
    addps xmm1, xmm9
    addps xmm9, xmm1
    addps xmm9, xmm12
    addps xmm0, xmm15
    addps xmm15, xmm0
    pxor xmm1, xmm9
    pxor xmm9, xmm1
    pxor xmm9, xmm12
    pxor xmm0, xmm15
    pxor xmm15, xmm0
    paddd xmm1, xmm9
    paddd xmm9, xmm1
    paddd xmm9, xmm12
    paddd xmm0, xmm15
    paddd xmm15, xmm0
    pshufb xmm1, xmm9
    pshufb xmm9, xmm1
    pshufb xmm9, xmm12
    pshufb xmm0, xmm15
    pshufb xmm15, xmm0
    punpcklbw xmm1, xmm9
    punpcklbw xmm9, xmm1
    punpcklbw xmm9, xmm12
    punpcklbw xmm0, xmm15
    punpcklbw xmm15, xmm0
    movhlps xmm1, xmm9
    movhlps xmm9, xmm1
    movhlps xmm9, xmm12
    movhlps xmm0, xmm15
    movhlps xmm15, xmm0
    movlhps xmm1, xmm9
    movlhps xmm9, xmm1
    movlhps xmm9, xmm12
    movlhps xmm0, xmm15
    movlhps xmm15, xmm0
    unpcklpd xmm1, xmm9
    unpcklpd xmm9, xmm1
    unpcklpd xmm9, xmm12
    unpcklpd xmm0, xmm15
    unpcklpd xmm15, xmm0
    cvtps2pd xmm1, xmm9
    cvtps2pd xmm9, xmm1
    cvtps2pd xmm9, xmm12
    cvtps2pd xmm0, xmm15
    cvtps2pd xmm15, xmm0
    sqrtsd xmm1, xmm9
    sqrtsd xmm9, xmm1
    sqrtsd xmm9, xmm12
    sqrtsd xmm0, xmm15
    sqrtsd xmm15, xmm0
    andps xmm1, xmm9
    andps xmm9, xmm1
    andps xmm9, xmm12
    andps xmm0, xmm15
    andps xmm15, xmm0
    comisd xmm1, xmm9
    comisd xmm9, xmm1
    comisd xmm9, xmm12
    comisd xmm0, xmm15
    comisd xmm15, xmm0
    pcmpeqb xmm1, xmm9
    pcmpeqb xmm9, xmm1
    pcmpeqb xmm9, xmm12
    pcmpeqb xmm0, xmm15
    pcmpeqb xmm15, xmm0
    pminub xmm1, xmm9
    pminub xmm9, xmm1
    pminub xmm9, xmm12
    pminub xmm0, xmm15
    pminub xmm15, xmm0
    pmovzxbw xmm1, xmm9
    pmovzxbw xmm9, xmm1
    pmovzxbw xmm9, xmm12
    pmovzxbw xmm0, xmm15
    pmovzxbw xmm15, xmm0
    ptest xmm1, xmm9
    ptest xmm9, xmm1
    ptest xmm9, xmm12
    ptest xmm0, xmm15
    ptest xmm15, xmm0
    movshdup xmm1, xmm9
    movshdup xmm9, xmm1
    movshdup xmm9, xmm12
    movshdup xmm0, xmm15
    movshdup xmm15, xmm0
    pabsw xmm1, xmm9
    pabsw xmm9, xmm1
    pabsw xmm9, xmm12
    pabsw xmm0, xmm15
    pabsw xmm15, xmm0
    movq mm1, mm7
    movq mm3, [rax]
    paddb mm1, mm7
    paddb mm3, [rax]
    pxor mm1, mm7
    pxor mm3, [rax]
    psubw mm1, mm7
    psubw mm3, [rax]
    pmullw mm1, mm7
    pmullw mm3, [rax]
    punpckhdq mm1, mm7
    punpckhdq mm3, [rax]
    pshufw mm1, mm2, 5
    movdq2q mm1, xmm9
    movq2dq xmm9, mm1
    movq xmm1, rax
    movq rax, xmm1
    vmovq xmm1, rax
    vmovq rax, xmm1
    movq xmm9, rax
    movq rax, xmm9
    vmovq xmm9, rax
    vmovq rax, xmm9
    movq xmm1, r9
    movq r9, xmm1
    vmovq xmm1, r9
    vmovq r9, xmm1
    movq xmm9, r9
    movq r9, xmm9
    vmovq xmm9, r9
    vmovq r9, xmm9
    movq xmm1, r15
    movq r15, xmm1
    vmovq xmm1, r15
    vmovq r15, xmm1
    movq xmm9, r15
    movq r15, xmm9
    vmovq xmm9, r15
    vmovq r15, xmm9
    movd xmm1, eax
    movd eax, xmm1
    vmovd xmm1, eax
    vmovd eax, xmm1
    movd xmm9, eax
    movd eax, xmm9
    vmovd xmm9, eax
    vmovd eax, xmm9
    movd xmm1, r9d
    movd r9d, xmm1
    vmovd xmm1, r9d
    vmovd r9d, xmm1
    movd xmm9, r9d
    movd r9d, xmm9
    vmovd xmm9, r9d
    vmovd r9d, xmm9
    vaddps ymm1, ymm2, ymm9
    vaddps ymm1, ymm9, ymm2
    vaddps ymm9, ymm1, ymm2
    vaddps ymm9, ymm10, ymm11
    vaddps ymm1, ymm9, ymm10
    vaddps ymm15, ymm15, ymm15
    vpxor ymm1, ymm2, ymm9
    vpxor ymm1, ymm9, ymm2
    vpxor ymm9, ymm1, ymm2
    vpxor ymm9, ymm10, ymm11
    vpxor ymm1, ymm9, ymm10
    vpxor ymm15, ymm15, ymm15
    vpshufb ymm1, ymm2, ymm9
    vpshufb ymm1, ymm9, ymm2
    vpshufb ymm9, ymm1, ymm2
    vpshufb ymm9, ymm10, ymm11
    vpshufb ymm1, ymm9, ymm10
    vpshufb ymm15, ymm15, ymm15
    vunpcklpd ymm1, ymm2, ymm9
    vunpcklpd ymm1, ymm9, ymm2
    vunpcklpd ymm9, ymm1, ymm2
    vunpcklpd ymm9, ymm10, ymm11
    vunpcklpd ymm1, ymm9, ymm10
    vunpcklpd ymm15, ymm15, ymm15
    vandnps ymm1, ymm2, ymm9
    vandnps ymm1, ymm9, ymm2
    vandnps ymm9, ymm1, ymm2
    vandnps ymm9, ymm10, ymm11
    vandnps ymm1, ymm9, ymm10
    vandnps ymm15, ymm15, ymm15
    vpcmpgtd ymm1, ymm2, ymm9
    vpcmpgtd ymm1, ymm9, ymm2
    vpcmpgtd ymm9, ymm1, ymm2
    vpcmpgtd ymm9, ymm10, ymm11
    vpcmpgtd ymm1, ymm9, ymm10
    vpcmpgtd ymm15, ymm15, ymm15
    vmaxsd xmm1, xmm2, xmm9
    vmaxsd xmm1, xmm9, xmm2
    vmaxsd xmm9, xmm1, xmm2
    vmaxsd xmm9, xmm10, xmm11
    vmaxsd xmm1, xmm9, xmm10
    vmaxsd xmm15, xmm15, xmm15
    vblendvps ymm1, ymm2, ymm9, ymm4
    vblendvps ymm1, ymm9, ymm2, ymm4
    vblendvps ymm9, ymm1, ymm2, ymm12
    vblendvps ymm9, ymm10, ymm11, ymm12
    vblendvps ymm1, ymm9, ymm10, ymm4
    vblendvps ymm15, ymm15, ymm15, ymm2
    vpermilps ymm1, ymm2, ymm9
    vpermilps ymm1, ymm9, ymm2
    vpermilps ymm9, ymm1, ymm2
    vpermilps ymm9, ymm10, ymm11
    vpermilps ymm1, ymm9, ymm10
    vpermilps ymm15, ymm15, ymm15
    vfmadd231ps ymm1, ymm2, ymm9
    vfmadd231ps ymm1, ymm9, ymm2
    vfmadd231ps ymm9, ymm1, ymm2
    vfmadd231ps ymm9, ymm10, ymm11
    vfmadd231ps ymm1, ymm9, ymm10
    vfmadd231ps ymm15, ymm15, ymm15
    fld dword [rax+8]
    fld qword [rax+8]
    fld tword [rax+8]
    fst dword [rax+8]
    fst qword [rax+8]
    fstp dword [rax+8]
    fstp qword [rax+8]
    fstp tword [rax+8]
    fild dword [rax+8]
    fild qword [rax+8]
    fild word [rax+8]
    fist dword [rax+8]
    fist word [rax+8]
    fistp dword [rax+8]
    fistp qword [rax+8]
    fistp word [rax+8]
    fisttp dword [rax+8]
    fisttp qword [rax+8]
    fisttp word [rax+8]
    fadd dword [rax+8]
    fadd qword [rax+8]
    fsub dword [rax+8]
    fsub qword [rax+8]
    fsubr dword [rax+8]
    fsubr qword [rax+8]
    fmul dword [rax+8]
    fmul qword [rax+8]
    fdiv dword [rax+8]
    fdiv qword [rax+8]
    fdivr dword [rax+8]
    fdivr qword [rax+8]
    fcom dword [rax+8]
    fcom qword [rax+8]
    fcomp dword [rax+8]
    fcomp qword [rax+8]
    fiadd dword [rax+8]
    fiadd word [rax+8]
    fimul dword [rax+8]
    fimul word [rax+8]
    ficom dword [rax+8]
    ficom word [rax+8]
    fbld tword [rax+8]
    fbld  [rax+8]
    fbstp tword [rax+8]
    fbstp  [rax+8]
    fldcw word [rax+8]
    fldcw  [rax+8]
    fnstcw word [rax+8]
    fnstcw  [rax+8]
    fnstenv  [rax+8]
    fldenv  [rax+8]
    fnsave  [rax+8]
    frstor  [rax+8]
    fnstsw word [rax+8]
    fnstsw  [rax+8]
    fxsave  [rax+8]
    fxrstor  [rax+8]
    fadd st0, st3
    fadd st3, st0
    faddp st2, st0
    faddp st2
    fadd st2
    fadd
    faddp
    fadd to st4
    fsub st0, st3
    fsub st3, st0
    fsubp st2, st0
    fsubp st2
    fsub st2
    fsub
    fsubp
    fsub to st4
    fsubr st0, st3
    fsubr st3, st0
    fsubrp st2, st0
    fsubrp st2
    fsubr st2
    fsubr
    fsubrp
    fsubr to st4
    fmul st0, st3
    fmul st3, st0
    fmulp st2, st0
    fmulp st2
    fmul st2
    fmul
    fmulp
    fmul to st4
    fdiv st0, st3
    fdiv st3, st0
    fdivp st2, st0
    fdivp st2
    fdiv st2
    fdiv
    fdivp
    fdiv to st4
    fdivr st0, st3
    fdivr st3, st0
    fdivrp st2, st0
    fdivrp st2
    fdivr st2
    fdivr
    fdivrp
    fdivr to st4
    fcom st1
    fcom st7
    fcomp st1
    fcomp st7
    fucom st1
    fucom st7
    fucomp st1
    fucomp st7
    fcomi st1
    fcomi st7
    fcomi st0, st5
    fcomip st1
    fcomip st7
    fcomip st0, st5
    fucomi st1
    fucomi st7
    fucomi st0, st5
    fucomip st1
    fucomip st7
    fucomip st0, st5
    fxch st1
    fxch st7
    ffree st1
    ffree st7
    fld st1
    fld st7
    fst st1
    fst st7
    fstp st1
    fstp st7
    fcmovb st1
    fcmovb st7
    fcmovb st0, st5
    fcmove st1
    fcmove st7
    fcmove st0, st5
    fcmovnu st1
    fcmovnu st7
    fcmovnu st0, st5
    fcompp
    fucompp
    fninit
    fnclex
    fwait
    fxam
    ftst
    fchs
    fabs
    f2xm1
    fyl2x
    fptan
    fpatan
    fprem
    fprem1
    fscale
    fsin
    fcos
    fsincos
    frndint
    fsqrt
    fldpi
    fldl2e
    fldz
    fld1
    fdecstp
    fincstp
    fnop
    fstsw ax
    fnstsw ax
    fstcw [rax]
    fstenv [rax]
    fsave [rax]
    fclex
    finit
    movsb
    rep movsb
    movsw
    rep movsw
    movsd
    rep movsd
    movsq
    rep movsq
    cmpsb
    rep cmpsb
    cmpsq
    rep cmpsq
    scasb
    rep scasb
    scasd
    rep scasd
    lodsb
    rep lodsb
    lodsw
    rep lodsw
    stosb
    rep stosb
    stosq
    rep stosq
    insb
    rep insb
    outsw
    rep outsw
    xlatb
