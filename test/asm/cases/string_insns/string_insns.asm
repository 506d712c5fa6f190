section .text
        cld
        rep movsb
        rep movsq
        rep stosb
        rep stosd
        rep stosq
        lodsb
        lodsq
        stosw
        movsd
        repne scasb
        repe cmpsb
        scasq
        cmpsw
        std
        ret
