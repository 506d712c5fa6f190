; %pathsearch gives a file's path as %include would find it (or the name as written when there is
; none); %depend only names a dependency.
bits 64
section .data
%pathsearch found "piece.inc"
%pathsearch missing "no-such-file.inc"
%depend "piece.inc"
paths:  db found, 0, missing, 0
%include found
