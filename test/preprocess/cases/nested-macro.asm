%macro defreg 2
%define %1 %2
%endmacro
defreg ACC, rax
defreg CNT, rcx
  mov ACC, CNT
%macro make 1
%macro %1_fn 0
  db 'made'
%endmacro
%endmacro
make gen
  gen_fn
%macro inner 1
  db %1
%endmacro
%macro outer 1
  inner %1+1
  inner %1+2
%endmacro
  outer 10
