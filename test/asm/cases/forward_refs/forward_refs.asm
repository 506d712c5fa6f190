SIZE    equ 4
section .text
        mov eax, LATER
        mov ecx, end_mark - begin_mark
        jmp ahead
        times (SIZE) nop
ahead:  ret
begin_mark:
        db 1, 2, 3
end_mark:
LATER   equ 0x1234
