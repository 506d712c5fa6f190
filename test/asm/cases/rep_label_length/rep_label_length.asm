; %rep, %if and %assign read label differences, named (`len equ $ - msg`) or written in place
; (`$ - msg`), as nasm's line-by-line assembly knows them: sizes of data, strings, reservations,
; times, align and structures.
section .data
msg:    db "hello", 10
len     equ $ - msg
%rep len
        db 1
%endrep
%if len > 3
        db 2
%endif
%assign twice len * 2
        db twice
%if $ - msg == 14
        db 3
%endif
wide:   dw 'abc', 1
        dd "hello", 2.5
        dq 1, 'x'
        dt 1.5
        do 0.0
wide_len equ $ - wide
        times wide_len db 0x11
        align 16
aligned: db 1
        align 8, db 0xcc
after_align equ $ - aligned
%rep after_align
        db 0x22
%endrep

section .bss
buf:    resb 10
        resq 3
        alignb 32
bufend:
buf_size equ bufend - buf

section .text
main:   mov eax, 1
start:  db 1, 2, 3
.x:     times 2 db 4
.y:
inner   equ .y - .x
finish:
outer   equ finish - start
%rep inner + outer
        nop
%endrep
        ret
s1:     db "abcdefg"
s2:
%rep s2 - s1
        db 0x55
%endrep

struc point
.x:     resd 1
.y:     resq 1
.name:  resb 7
endstruc
%rep point_size
        db 0x33
%endrep
%if point.name == 12
        db 0x44
%endif

section .data
origin: istruc point
        at point.x, dd 1
        at point.y, dq 2
        iend
origin_len equ $ - origin
%assign total origin_len + buf_size
        dd total

absolute 0x100
abs_a:  resb 3
abs_b:  resw 2
section .data
%assign sum abs_b + abs_a
        dw sum
