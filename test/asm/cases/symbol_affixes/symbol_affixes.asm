; Symbol name affixes: the first setting of each wins, and other formats' pragmas are ignored.
%pragma win64 gprefix W64_
%pragma elf   gprefix _
%pragma output gprefix X_
[pragma elf lprefix .L.]
%pragma elf   gpostfix @v1      ; nasm 2.16 ignores postfixes in ELF

        global f
        extern e
f:      call e
lab:    ret
.inner: jmp lab
..@q:   ret
        section .data
table:  dq f, e, lab
