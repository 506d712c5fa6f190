main:
.loop:
  dec ecx
  jnz .loop
..@special:
  jmp ..@special
%macro m 0
%%x:
  jmp %%x
%endmacro
  m
section .text
  m
bits 64
default rel
  m
