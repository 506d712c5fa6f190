; Each section line redefines __SECT__; lines between see the latest, %undef drops it until the next.
section .data
section .text
__SECT__
%undef __SECT__
%ifndef __SECT__
db 1
%endif
section .bss
%ifdef __SECT__
db 2
%endif
__SECT__
%define __SECT__ mine
__SECT__
