; Names that call macros in any spelling, after %undef, and ones that merely look alike.
%imacro ALIGNX 0
nop
%endmacro
alignx
ALIGNX
AlignX
%define value 5
dd value, VALUE
%undef value
dd value
%idefine Twice 2
dd twice, TWICE, twicE
%undef TWICE
dd twice
