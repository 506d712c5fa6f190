; atoi on edge cases: signs, leading white space, trailing junk, no digits, int overflow
; (glibc's atoi is (int) strtol, so out-of-range values wrap or saturate first).
BITS 64
DEFAULT REL

extern printf, atoi
global main

section .rodata
fmt  db "atoi(", 34, "%s", 34, ") = %d", 10, 0
s00  db "42", 0
s01  db "  -17", 0
s02  db "+8", 0
s03  db "0", 0
s04  db "2147483647", 0
s05  db "-2147483648", 0
s06  db "12abc", 0
s07  db "abc", 0
s08  db "", 0
s09  db " ", 9, 10, 11, 12, 13, "99", 0
s10  db "--5", 0
s11  db "+-3", 0
s12  db "007", 0
s13  db "2147483648", 0
s14  db "99999999999", 0
s15  db "99999999999999999999", 0
s16  db "-99999999999999999999", 0
s17  db "- 4", 0
s18  db "0x1f", 0
s19  db "1 2", 0
s20  db "-0", 0

section .data
strings dq s00, s01, s02, s03, s04, s05, s06, s07, s08, s09, s10
        dq s11, s12, s13, s14, s15, s16, s17, s18, s19, s20
strings_end:

section .text
main:
    push rbx
    push r12
    sub rsp, 8
    lea rbx, [rel strings]
.next:
    mov rdi, [rbx]
    call atoi wrt ..plt
    lea rdi, [rel fmt]
    mov rsi, [rbx]
    mov edx, eax
    xor eax, eax
    call printf wrt ..plt
    add rbx, 8
    lea rax, [rel strings_end]
    cmp rbx, rax
    jb .next
    xor eax, eax
    add rsp, 8
    pop r12
    pop rbx
    ret
