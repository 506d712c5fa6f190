%macro m 1-3 x, y
  db %0, %1, %2, %3
%endmacro
m a
m a, b
m a, b, c
%macro g 1+
  dd %1
%endmacro
g 1, 2, 3
g {4, 5}
%macro r 2-*
%rep %0
  dd %1
%rotate 1
%endrep
  dd %{1:-1}
  dd %{2:1}
  dd %{-1:-2}
%endmacro
r 1, 2, 3
%macro back 1-*
%rotate -1
  dd %1
%endmacro
back 7, 8, 9
%macro braces 2
  db %1
  db %2
%endmacro
braces {1, 2}, 3
