%strlen n 'hello'
dd n
%substr s1 'xyzw' 2
%substr s2 'xyzw' 2,2
%substr s3 'xyzw' 2,-1
%substr s4 'xyzw' 3,-2
db s1, s2, s3, s4
%strcat cat 'abc', "def", `g\n`
db cat
%defstr ds foo bar
db ds
%deftok dt 'mov eax, 1'
dt
%define quoted "it's"
%strlen q quoted
dd q
%strcat mixed "it's", 'x"y'
db mixed
