section .text
%elif 1
        ret
