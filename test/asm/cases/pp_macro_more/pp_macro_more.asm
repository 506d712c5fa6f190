%macro emit 1
        db %1
%endmacro
%macro emit 2
        db %1, %2
%endmacro
%macro message 1+
        db %1, 0
%endmacro
%macro repeat_byte 2
        times %1 db %2
%endmacro
%macro count 1-3 10, 20
        dd %1, %2, %3
%endmacro
%define cat(a, b) a %+ b
section .data
        emit 1
        emit 2, 3
        message "hello, world", 10
        repeat_byte 3, 0x55
        count 1
        count 1, 2
        count 1, 2, 3
cat(lab, el): db 9
        dq label
