%imacro Show 0
  db '%?', 0
%?_label:
%??_defined:
%endmacro
  show
  SHOW
%macro lab 0
  nop
%endmacro
here: lab
there lab
