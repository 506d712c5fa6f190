%macro loop_n 1
  mov ecx, %1
%%top:
  dec ecx
  jnz %%top
%endmacro
  loop_n 3
  loop_n 5
%macro outer 0
  loop_n 1
%%after:
%endmacro
  outer
