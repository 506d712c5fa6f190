; UTF-16 and UTF-32 strings from UTF-8 source text: in data (a string item) and in immediates
; (the first bytes, little-endian), in both byte orders, with characters past U+FFFF.
%define wide(s) __?utf16?__(s)
section .rodata
title:      dw wide(`caf\u00e9 \u306a`), 0
emoji:      dw __utf16__ `\U0001f600`, 0
be:         dw __utf16be__("A\u00e9"), __utf16be__ `\U0001abcd`
quads:      dd __utf32__(`x\U0001f600`), __utf32be__ "hi", 0
mixed:      dw 1, __utf16le__ "ok", 2
section .text
            mov ax, wide(`a`)
            mov eax, __utf16__("ab")
            mov ebx, __utf16__(`\U0001abcd`)
            mov ecx, __utf16be__(`\U0001abcd`)
            mov rdx, __utf32__("ab")
%if __utf16__("a") = 0x61
            nop
%endif
