; nasm keeps one stack of %if per file: a macro or %rep body may open an %if that the lines
; after it close, or close one opened before it; %exitmacro and %exitrep drop what they opened.
%macro open_if 1
%if %1
    db 1
%endmacro
    open_if 1
    db 2
%endif
    open_if 0
    db 3
%endif
%if 1
%rep 1
%endif
%endrep
    db 4
%macro leave_early 0
%if 1
%exitmacro
%endif
%endmacro
    leave_early
    db 5
%rep 2
%if 0
    db 6
%endrep
    db 7
%endif
%endif
    db 8
