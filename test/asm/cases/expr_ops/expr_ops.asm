A equ 100
B equ 7
section .data
        dd A + B, A - B, A * B, A / B, A % B
        dd -A // B, -A %% B, A / -B // 1
        dd 1 << 4, 256 >> 2, -16 >> 60
        dd 0xf0 & 0x3c, 0xf0 | 0x0f, 0xff ^ 0x0f, ~0
        dd !0, !5, -(-A), +B
        dd (A + B) * 2, A + B * 2, ((1 + 2) * (3 + 4)) << 1
        dd A > B, A < B, A == 100, A != B, A >= 100, A <= 99
        dd A > B && B > 1, 0 || 0, A ^^ B
        dd A > B ? 1 : 2
