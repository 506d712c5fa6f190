%error custom failure
%warning watch out
%assign x 1 +
%if 1/0
%endif
%endif
%else
%endrep
%endmacro
%ifdef
%endif
%macro
%assign
%define
%include "missing.inc"
%rotate 1
%pop
%assign y (1
%assign z 1 ? 2
dd 1
