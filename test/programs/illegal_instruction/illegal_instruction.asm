; ud2: SIGILL, status 132. Nothing was printed, so nothing is lost.
BITS 64
DEFAULT REL

global main

section .text
main:
    nop
    ud2
    ret
