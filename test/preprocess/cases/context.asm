%macro if 1
  %push if
  j%-1 %$ifnot
%endmacro
%macro else 0
  %repl else
  jmp %$ifend
%$ifnot:
%endmacro
%macro endif 0
  %ifctx if
%$ifnot:
  %else
%$ifend:
  %endif
  %pop
%endmacro
  cmp eax, 1
  if e
    mov ebx, 1
  else
    mov ebx, 2
  endif
  if nz
    nop
  endif
%push outer
%define %$value 5
%push inner
  dd %$$value
%pop
  dd %$value
%pop
