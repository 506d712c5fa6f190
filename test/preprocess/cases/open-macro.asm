%macro m 1
  db %1
