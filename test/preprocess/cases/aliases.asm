dw __utf16__ "Hi"
dd __float32__(1.5), __FLOAT64__(2.0), __Infinity__, __NaN__
%pragma elf gprefix
%pragma preproc sane_empty_expansion
%idefine d dword
%xdefine digit(d) ((d) % 10 + '0')
db digit(8)
%define greedy(a,b+) a | b
db greedy(1), greedy(1,2), greedy(1,2,3)
extern puts, printf
global main:function, data:data
