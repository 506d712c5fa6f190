%include "consts.inc"
%include "inc/helpers.inc"
  mov eax, ANSWER
  double eax
%ifdef CONSTS_INCLUDED
  db 'guarded'
%endif
%include "consts.inc"
