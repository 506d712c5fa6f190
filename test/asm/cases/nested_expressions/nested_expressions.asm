BASE equ 0x1000
section .data
tbl:
        dd (BASE + 4) * 2 - (BASE >> 4)
        dd ((1 << 8) - 1) & ~0xf
        dq -BASE
        dq BASE * BASE * BASE
        dd (tbl_end - tbl) / 4
        dw -1 >> 60, 17 // 5, -17 // 5, -17 %% 5
        db 'A' + 1, "a" - 32
tbl_end:
