%rep 2
  db 1
