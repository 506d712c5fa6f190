%define base foo
%define join(a,b) a %+ b
base %+ _bar: dd 1
join(x, y): dd 2
mov eax, base%+1
%define N 3
label_%[N]: dd N
%define sel(x) %[x]_end
sel(abc):
