; %[...] in a macro body names the call's parameters; they are written in before it expands,
; also when the result is an argument of another macro.
bits 64
default rel

%define suffix_b byte
%define suffix_w word

%macro store 2
    mov %1 [table + %2], 0
%endmacro

%macro fill 2
    store %[suffix_ %+ %1], %[%2 * 2]
    dd %[%2 %+ 0]
%endmacro

section .text
%assign slot 1
%rep 3
    fill b, slot
    fill w, slot
%assign slot slot + 1
%endrep

section .bss
table resb 16
