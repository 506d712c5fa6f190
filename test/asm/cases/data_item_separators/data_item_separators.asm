; How nasm reads what stands between data items: one stray token after an integer item is dropped,
; a single trailing comma is allowed, a string right after a string ends the list, and a float is
; an item of its own (signed at most once).
section .data
dropped     db 1 2
then_comma  db 3 4, 5
words       dw 1 2, 3 4
folded      db 1 +2
charconst   db 'ab' 5
string_too  db 'a' , 'b' c
strings     db 'a''b', 3     ; a string after a string ends the list
strings2    db 'x' 'y' 2, 3
trailing    db 1,
trailing2   dw 5, 6,
floats      dq +1.5, -2.5, - 3.5
float_then  dd 1.0, 2 3
in_function dq __float64__(1.5) 2
special     dq __?Infinity?__, -__?QNaN?__
