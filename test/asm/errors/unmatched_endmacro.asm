section .text
%endmacro
