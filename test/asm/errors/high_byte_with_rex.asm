section .text
        mov ah, sil
