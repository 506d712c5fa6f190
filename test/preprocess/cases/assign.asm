%assign i 0
%assign i i+1
%assign i i*10
dd i
%assign neg -5 // 2
dq neg
%assign big 0xffffffffffffffff
dq big
%assign shifted 1 << 10 | 3
dd shifted
%assign c 'ab'
dd c
%assign t 3 > 2 && 2 > 1
db t
%define K 4
%assign k2 K*K
dd k2
%iassign Mixed 9
dd mixed
