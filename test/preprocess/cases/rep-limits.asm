%rep -1
  nop
%endrep
%rep 2000000
  nop
%endrep
db 1
