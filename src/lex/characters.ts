// Character classes of NASM's lexer: which characters start and continue identifiers, which are
// digits or blanks, which letters name a radix. Input is one UTF-16 code unit of source text (as
// a char code, so scanning a line never makes one-character strings); output is a yes/no or a radix.

const IDENTIFIER_START = 1;
const IDENTIFIER_PART = 2;
const DIGIT = 4;
const SPACE = 8;
const NUMBER_PART = 16;

/** Flags for each ASCII code; everything from 128 up belongs to no class. */
const CLASSES = new Uint8Array(128);

function mark(characters: string, flags: number): void {
  for (let i = 0; i < characters.length; i++) CLASSES[characters.charCodeAt(i)]! |= flags;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
// Letters, `_`, `.`, `?` and `@` may start an identifier (`.` makes it local, `..@` special);
// after the first character, digits and `$ # ~` are allowed too.
mark(LETTERS + '_.?@', IDENTIFIER_START | IDENTIFIER_PART);
mark('0123456789$#~', IDENTIFIER_PART);
mark('0123456789', DIGIT);
mark(' \t\r\f\v', SPACE);
// Characters a numeric literal is scanned over before its radix is decided.
mark(LETTERS + '0123456789_', NUMBER_PART);

/** The char code at `i`, or -1 past the end (reading past the end would slow the scan down). */
export function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

function hasClass(code: number, flag: number): boolean {
  return code >= 0 && code < 128 && (CLASSES[code]! & flag) !== 0;
}

export function isIdentifierStart(code: number): boolean {
  return hasClass(code, IDENTIFIER_START);
}

export function isIdentifierChar(code: number): boolean {
  return hasClass(code, IDENTIFIER_PART);
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isNumberChar(code: number): boolean {
  return hasClass(code, NUMBER_PART);
}

export function isSpace(code: number): boolean {
  return hasClass(code, SPACE);
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

/** The value of a digit or letter as a digit of any radix up to 36; 99 for anything else. */
export function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  if (code >= 65 && code <= 90) return code - 55;
  return 99;
}
