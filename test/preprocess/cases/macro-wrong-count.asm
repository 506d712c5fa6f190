%macro ALIGNX 0
nop
%endmacro
%macro PAIR 2
db %1, %2
%endmacro
section .text
mov ALIGNX, 1
foo ALIGNX
bar: ALIGNX 1
PAIR 1
baz PAIR 1, 2
qux: PAIR 3
