; An error in a %elif test that is still looking for its branch says nothing, and no later
; branch is taken, not even %else (nasm 2.16.01).
%if 0
    db 1
%elif 1/0
    db 2
%else
    db 3
%endif
%if 0
%elif 5 % 0
    db 4
%elif 1
    db 5
%endif
%if 1
    db 6
%elif 1/0
    db 7
%endif
    db 8
