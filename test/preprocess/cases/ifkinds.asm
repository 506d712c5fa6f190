%define A rax
%ifidn A, rax
  db 1
%endif
%ifidn A, RAX
  db 2
%endif
%ifidni A, RAX
  db 3
%endif
%ifnidn A, rbx
  db 4
%endif
%ifnum 42
  db 5
%endif
%ifnum foo
  db 6
%endif
%ifstr 'text'
  db 7
%endif
%ifid foo
  db 8
%endif
%ifid 42
  db 9
%endif
%macro m 2
%endmacro
%ifmacro m
  db 10
%endif
%ifmacro m 2
  db 11
%endif
%ifmacro m 3
  db 12
%endif
%ifnmacro nothere
  db 13
%endif
%iftoken foo
  db 14
%endif
%iftoken foo bar
  db 15
%endif
%define E
%ifempty E
  db 16
%endif
