%define long_one 1 + \
  2 + \
  3
dd long_one
db 'a', \
   'b'
%macro m 1
  dd %1
%endmacro
m \
  5
