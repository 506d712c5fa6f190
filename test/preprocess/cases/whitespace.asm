   mov    eax ,   [ rbx + 4 ]   ; comment
label:	; tab then comment
	db	"spaced  string"	,	0
%define  X   1 ; trailing comment
  dd X,X , X
