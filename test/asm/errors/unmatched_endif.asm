section .text
        ret
%endif
