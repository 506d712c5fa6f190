section .text
start:
        nop
        nop
mid:
        mov eax, mid - start
        mov ecx, end - start
        mov edx, $ - $$
        lea rax, [rel start + 4]
        lea rbx, [rel end - 1]
        ret
end:
section .data
d0      dq start
d1      dq end - start
d2      dd mid - start + 3
here    dq $
hdiff   dq $ - d0
