; %rep, %if and %assign read constants an earlier equ defined, locals included.
COUNT   equ 3
table:
.size   equ COUNT + 1
%if COUNT > 2
        db 1
%endif
%assign twice COUNT * 2 + table.size
        db twice
%rep .size
        db 9
%endrep
other   db 2
.size   equ 1
%rep .size
        dw 7
%endrep
