extern x
section .data
        times x db 0
