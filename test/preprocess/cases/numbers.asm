%assign a 0x1f + 1fh + 0b101 + 101b + 0o17 + 17q + 1_000 + $10
dd a
%if 0x10 == 16 && 10h == 16 && 0q20 == 16
  db 'radix ok'
%endif
%assign ch 'A'
db ch
