%define STDOUT 1
%define WORD_SIZE 8
%define DOUBLE(x) ((x) * 2)
%define ADD3(a, b, c) (a + b + c)
%xdefine BASE 10
%xdefine NEXT BASE + 1
%undef BASE
%define BASE 20
%define str "text"
section .data
        dd STDOUT, WORD_SIZE, DOUBLE(21), ADD3(1, 2, 3), NEXT
        db str, 0
%ifdef BASE
        dd BASE
%endif
%undef STDOUT
%ifndef STDOUT
        db 'u'
%endif
