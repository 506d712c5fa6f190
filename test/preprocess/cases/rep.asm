%assign i 0
%rep 4
  db i
%assign i i+1
%endrep
%rep 3
%rep 2
  nop
%endrep
  int3
%endrep
%assign n 0
%rep 100
%if n == 3
%exitrep
%endif
  dw n
%assign n n+1
%endrep
%rep 0
  never
%endrep
