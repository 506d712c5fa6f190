// Character classes of NASM's lexer: which characters start and continue identifiers, which
// letters name a radix. Input is one UTF-16 code unit of source text; output is a yes/no or a radix.

/** Letters, `_`, `.`, `?` and `@` may start an identifier (`.` makes it local, `..@` special). */
export function isIdentifierStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '.' || c === '?' || c === '@';
}

/** After the first character, digits and `$ # ~` are allowed too. */
export function isIdentifierChar(c: string): boolean {
  return isIdentifierStart(c) || isDigit(c) || c === '$' || c === '#' || c === '~';
}

export function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** Characters a numeric literal is scanned over before its radix is decided. */
export function isNumberChar(c: string): boolean {
  return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}

export function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v';
}

/** NASM's radix letters, used both as a `0x` style prefix and as an `h` style suffix. */
const RADIX_LETTERS: Readonly<Record<string, number>> = {
  b: 2, y: 2,
  o: 8, q: 8,
  d: 10, t: 10,
  h: 16, x: 16,
};

export function radixOfLetter(c: string): number {
  return RADIX_LETTERS[c.toLowerCase()] ?? 0;
}
