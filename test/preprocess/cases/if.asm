%define DEBUG
%ifdef DEBUG
  db 'debug'
%else
  db 'release'
%endif
%ifndef DEBUG
  db 'no'
%elifdef NOPE
  db 'nope'
%elif 1 + 1 == 2
  db 'two'
%else
  db 'else'
%endif
%if 0
  %if 1
    db 'inner'
  %else
    db 'inner-else'
  %endif
  db 'outer-false'
%elif 0
  db 'elif-false'
%else
  db 'outer-else'
%endif
%if 5 > 3 || 0
  db 'or'
%endif
%ifn 0
  db 'ifn'
%endif
%undef DEBUG
%ifdef DEBUG
  db 'still'
%elifndef DEBUG
  db 'gone'
%endif
