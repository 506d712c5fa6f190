%define a a+1
%define b c
%define c b
%define f(x) x*2
%define g f
dd a
dd b, c
dd g(3)
%define h(x) h(x)+1
dd h(2)
