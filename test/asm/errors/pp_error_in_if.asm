%define LEVEL 3
%if LEVEL > 2
%error level too high
%endif
