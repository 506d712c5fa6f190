section .text
    fxsave qword [rsp]
