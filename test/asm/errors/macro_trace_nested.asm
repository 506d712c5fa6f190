; An error in a line two macros wrote: nasm names the call, then each macro's line.
%macro load 1
    mov eax, %1
%endmacro
%macro setup 1
    xor ecx, ecx
    load %1
%endmacro
section .text
    setup missing_symbol
