; %ifnum, %ifid and %ifstr look at the first token only (a number may have signs before it);
; %iftoken wants exactly one token and %ifempty none.
%define X 5
%ifnum 5, 6
    db 1
%else
    db 0
%endif
%ifnum 5 6
    db 1
%else
    db 0
%endif
%ifnum 5+1
    db 1
%else
    db 0
%endif
%ifnum -5
    db 1
%else
    db 0
%endif
%ifnum --5
    db 1
%else
    db 0
%endif
%ifnum - 5
    db 1
%else
    db 0
%endif
%ifnum (5)
    db 1
%else
    db 0
%endif
%ifnum -x
    db 1
%else
    db 0
%endif
%ifnum 5.0
    db 1
%else
    db 0
%endif
%ifnum X
    db 1
%else
    db 0
%endif
%ifid a b
    db 1
%else
    db 0
%endif
%ifid a, b
    db 1
%else
    db 0
%endif
%ifid -a
    db 1
%else
    db 0
%endif
%ifid .a
    db 1
%else
    db 0
%endif
%ifstr "a" "b"
    db 1
%else
    db 0
%endif
%ifstr 'a', 1
    db 1
%else
    db 0
%endif
%ifstr -"a"
    db 1
%else
    db 0
%endif
%iftoken a b
    db 1
%else
    db 0
%endif
%iftoken ,
    db 1
%else
    db 0
%endif
%ifempty ,
    db 1
%else
    db 0
%endif
