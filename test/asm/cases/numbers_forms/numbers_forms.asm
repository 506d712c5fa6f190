section .data
        dd 0x1f, 0X1F, 1fh, 0h1f, $1f
        dd 0b1010, 1010b, 0y1010, 1010y
        dd 0o17, 17q, 17o, 0q17
        dd 0d99, 99d, 99, 0t99
        dd 1_000, 0x_ff_ff, 1010_1010b
        dq 0xffffffffffffffff, -9223372036854775808
        dd 'a', 'ab', 'abc', "abcd"
        dw `\n`
