; nasm takes a shift count modulo 64, as x86 does: in data as in %assign.
section .data
        dq 9 >> 768, 1 << 64, 1 << 65, -8 >>> 65, -8 >> 65, 1 << -1, 256 >> -1, 1 <<< 70
%assign v 1 << 65
        dq v
