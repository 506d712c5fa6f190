; Warnings from lines macros wrote carry nasm's "... from macro" lines (none for a .nolist macro);
; a %macro is plain text inside its own expansion; %00 is the call's label.
bits 64
%macro store 1
    mov byte [rel buffer], %1
%endmacro
%macro quiet 1.nolist
    store %1
%endmacro
%macro twice 1
    store %1
    twice
%endmacro
%macro entry 0
%00: db 0x90
%endmacro

section .text
    store 300
    quiet 400
    twice 1
here entry
    dq here

section .bss
buffer: resb 8
