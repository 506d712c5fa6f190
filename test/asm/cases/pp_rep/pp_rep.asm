section .data
%assign n 1
%rep 4
        db n
%assign n n+1
%endrep
%rep 3
        dw 0xaaaa
%endrep
%assign m 0
%rep 100
%if m >= 3
%exitrep
%endif
        dd m
%assign m m+1
%endrep
