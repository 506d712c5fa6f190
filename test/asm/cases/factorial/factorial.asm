BITS 64
DEFAULT REL
extern printf
global main
section .rodata
fmt     db "%d! = %lu", 10, 0
section .text
main:
        push rbx
        push r12
        sub rsp, 8
        mov ebx, 1
.next:
        mov edi, ebx
        call fact
        lea rdi, [fmt]
        mov esi, ebx
        mov rdx, rax
        xor eax, eax
        call printf wrt ..plt
        inc ebx
        cmp ebx, 20
        jbe .next
        add rsp, 8
        pop r12
        pop rbx
        xor eax, eax
        ret
; rax = edi!
fact:
        mov eax, 1
        test edi, edi
        jz .done
.mul:
        imul rax, rdi
        dec edi
        jnz .mul
.done:
        ret
