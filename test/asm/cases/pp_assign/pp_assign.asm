%assign i 0
%assign i i+1
%assign i i*10
%assign j i << 2
section .data
        dd i, j
%assign k 1
%rep 5
        dd k
%assign k k*2
%endrep
