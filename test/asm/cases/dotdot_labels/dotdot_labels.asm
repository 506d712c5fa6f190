section .text
outer:
        jmp ..@shared
.local:
        nop
..@shared:
        jmp .local
        ret
..@another:
        call outer
        ret
