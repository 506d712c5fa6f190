// Character classes of NASM's lexer: which characters start and continue identifiers, which are
// digits or blanks, which letters name a radix. Input is one UTF-16 code unit of source text as a
// char code; `CHARACTER_CLASS` covers every code unit, so the scanning loops look a class up
// without a bounds test or a call. Names fold to lower case here too, without a copy when they
// have no capital letter.

export const IDENTIFIER_START = 1;
export const IDENTIFIER_PART = 2;
export const DIGIT = 4;
export const SPACE = 8;
/** Characters a numeric literal is scanned over before its radix is decided. */
export const NUMBER_PART = 16;
/** Operators that are one character whatever follows them. */
export const SINGLE_OPERATOR = 32;

/** Class flags for each UTF-16 code unit; everything from 128 up belongs to no class. */
export const CHARACTER_CLASS = new Uint8Array(0x10000);

function mark(characters: string, flags: number): void {
  for (let i = 0; i < characters.length; i++) CHARACTER_CLASS[characters.charCodeAt(i)]! |= flags;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
// Letters, `_`, `.`, `?` and `@` may start an identifier (`.` makes it local, `..@` special);
// after the first character, digits and `$ # ~` are allowed too.
mark(LETTERS + '_.?@', IDENTIFIER_START | IDENTIFIER_PART);
mark('0123456789$#~', IDENTIFIER_PART);
mark('0123456789', DIGIT | NUMBER_PART);
mark(' \t\r\f\v', SPACE);
mark(LETTERS + '_', NUMBER_PART);
mark(',[]()+-*:~', SINGLE_OPERATOR);

/** The char code at `i`, or -1 past the end (reading past the end would slow the scan down). */
export function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** NASM's radix letters, used both as a `0x` style prefix and as an `h` style suffix; 0 for others. */
export function radixOfLetter(code: number): number {
  switch (code | 0x20) {
    case 0x62: case 0x79: return 2; // b y
    case 0x6f: case 0x71: return 8; // o q
    case 0x64: case 0x74: return 10; // d t
    case 0x68: case 0x78: return 16; // h x
    default: return 0;
  }
}

/** `text` in lower case; the string itself when it has no capital letter, as most names do. */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || code > 0x7f) return text.toLowerCase();
  }
  return text;
}
