%warning this is a user warning
section .data
        db 1
