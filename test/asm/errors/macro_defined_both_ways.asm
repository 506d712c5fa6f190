%define square(x) ((x) * (x))
%define square 4
section .data
    db square
