global f:function hidden
global d:data (d.end - d)
global g:function (g.end - g)
global p:function protected
global w
section .text
f:      ret
g:      nop
        ret
.end:
p:      ret
w:      ret
section .data
d:      dq 1, 2, 3
.end:
