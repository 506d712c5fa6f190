struc point
  .x: resd 1
  .y: resd 1
endstruc
struc node, 8
  .next resq 1
  .val resd 1
endstruc
section .data
origin:
  istruc point
    at point.x, dd 0
    at point.y, dd 0
  iend
p2: istruc point
    at point.y, dd 7
  iend
p3: istruc point
    at .x, dd 3
  iend
