section .data
w   dw 1, 0x1234, -1, 65535, 'ab'
d   dd 1, 0x12345678, -2, 'abcd', 4294967295
q   dq 1, 0x123456789abcdef0, -3, 'abcdefgh'
mix dw 'a'
    dd 'xy'
    dq 'z'
