%macro prologue 1
  push rbp
  mov rbp, rsp
  sub rsp, %1
%endmacro
%macro epilogue 0
  mov rsp, rbp
  pop rbp
  ret
%endmacro
%macro twice 2
  %1 %2
  %1 %2
%endmacro
main:
  prologue 16
  twice inc, rax
  epilogue
%macro count 0-*
  db %0
%endmacro
  count
  count a
  count a, b, c
