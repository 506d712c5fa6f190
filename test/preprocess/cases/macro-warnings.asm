%macro two 2
  db %1, %2
%endmacro
  two 1
  two 1, 2
  two 1, 2, 3
