%define WIDTH 80
%define HEIGHT 25
%define AREA WIDTH*HEIGHT
%define sq(x) ((x)*(x))
%define add3(a,b,c) a+b+c
%define nested(x) sq(x)+1
mov eax, AREA
mov ebx, sq(3)
mov ecx, add3(1, 2, 3)
mov edx, nested(WIDTH)
%undef WIDTH
mov eax, WIDTH
%define WIDTH 40
mov eax, AREA
%define empty
db 1 empty, 2
%define f(x) x
%define f(x,y) x-y
dd f(1), f(1,2), f
