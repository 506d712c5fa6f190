; Two objects linked together: main here, the helpers and their data in two_files_util.asm.
; Calls cross the object boundary in both directions (util calls back into report here).
BITS 64
DEFAULT REL

extern printf
extern sum_table, table_size, scale_all   ; from two_files_util.asm
global main, report

section .rodata
sum_fmt    db "table of %d, sum %ld", 10, 0
report_fmt db "report: %s = %ld", 10, 0

section .text
; report(name, value): called from the other object
report:
    sub rsp, 8
    mov rdx, rsi
    mov rsi, rdi
    lea rdi, [rel report_fmt]
    xor eax, eax
    call printf wrt ..plt
    add rsp, 8
    ret

main:
    push rbx
    call sum_table
    mov rdx, rax
    lea rdi, [rel sum_fmt]
    mov esi, [rel table_size]
    xor eax, eax
    call printf wrt ..plt
    mov edi, 3
    call scale_all
    call sum_table
    mov rbx, rax
    xor eax, eax
    pop rbx
    ret
