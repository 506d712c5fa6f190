%macro two 2
        mov %1, %2
%endmacro
section .text
        two rax
