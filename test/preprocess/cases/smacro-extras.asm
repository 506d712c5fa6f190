%use ifunc
db ilog2(8), ilog2c(5), ilog2f(5)
%define list(a,b,c+) a %, b %, c
db list(1,2)
db list(1,2,3,4)
%define named(p, s) p %+ s
named_1:
  jmp named(%??, _1)
