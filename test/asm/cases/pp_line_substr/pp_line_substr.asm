; %line renumbers the lines after it (as nasm 2.16 does: the directive itself is line N), and
; %substr starts a position below 1 at the first character.
bits 64
section .data
%line 100+2 original.c
lines:  db __LINE__, __LINE__
%line 7 other.c
        db __LINE__
%substr first 'xyzw' 0
%substr pair 'xyzw' -1, 2
%substr tail 'xyzw' 3, -1
%substr long 'xyzw' 2, 10
        db first, pair, tail, long
