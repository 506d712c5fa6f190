%define a 1
%xdefine b a
%define c a
%undef a
%define a 2
dd b, c
%xdefine counter 0
%xdefine counter counter+1
%xdefine counter counter+1
dd counter
%idefine Loud 7
dd loud, LOUD, Loud
%define quiet 3
dd quiet, QUIET
