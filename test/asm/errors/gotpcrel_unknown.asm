DEFAULT REL
extern stdout
section .text
        mov rax, [rel stdout wrt ..gotpcrel]
