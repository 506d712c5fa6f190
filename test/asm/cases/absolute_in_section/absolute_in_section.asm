; `absolute` at an address given by a label: what is declared there is placed in that label's
; section, so it is reached through relocations against the section, as nasm places it.
section .bss
buffer:     resb 64
            absolute buffer + 8
header:     resd 1
payload:    resb 16
            absolute 0x100
port:       resw 1
section .text
            mov eax, [header]
            lea rsi, [rel payload]
            mov ecx, payload - header
            mov edx, port
            ret
