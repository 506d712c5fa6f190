%macro jump_unless 2
  j%-1 %2
%endmacro
%macro jump_if 2
  j%+1 %2
%endmacro
  jump_unless z, .a
  jump_unless ae, .b
  jump_unless pe, .c
  jump_if nz, .d
  jump_unless G, .e
