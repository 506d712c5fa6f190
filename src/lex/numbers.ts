// Numeric literals: where one ends in the text, whether it is a float, and the integer value of
// any NASM radix form (`0x1f`, `1fh`, `$1f`, `0b101`, `101b`, `0o17`, `17q`, `0d12`, `12d`, `1_000`).

import { isNumberChar, radixOfLetter } from './characters.ts';

const MASK_64 = (1n << 64n) - 1n;

export interface ScannedNumber {
  end: number;
  isFloat: boolean;
}

/**
 * Scans a literal starting at a digit (or at `$` followed by a digit). An `e` outside a hex number
 * or a `p` anywhere is an exponent and may take a sign; a `.` makes the literal a float.
 */
export function scanNumber(text: string, start: number): ScannedNumber {
  let i = start;
  let isHex = false;
  let isFloat = false;
  let hasExponentE = false;
  if (text[i] === '$') {
    isHex = true;
    i++;
  }
  for (;;) {
    const c = text[i];
    if (c === undefined) break;
    if (!isHex && (c === 'e' || c === 'E')) {
      hasExponentE = true;
      i++;
      if (text[i] === '+' || text[i] === '-') {
        isFloat = true;
        i++;
      }
    } else if (c === 'h' || c === 'H' || c === 'x' || c === 'X') {
      isHex = true;
      i++;
    } else if (c === 'p' || c === 'P') {
      isFloat = true;
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
    } else if (c === '.') {
      // `1-2.nolist` in a macro header is a number then `.nolist`, not a float.
      if (startsSuffixWord(text[i + 1] ?? '', isHex)) break;
      isFloat = true;
      i++;
    } else if (isNumberChar(c)) {
      i++;
    } else {
      break;
    }
  }
  if (hasExponentE && !isHex) isFloat = true;
  return { end: i, isFloat };
}

/** A letter after `.` that cannot continue a float (`e` exponent, or hex digits and `p`). */
function startsSuffixWord(c: string, isHex: boolean): boolean {
  if (!/[A-Za-z_]/.test(c)) return false;
  if (isHex) return !/[0-9A-Fa-fPp]/.test(c);
  return c !== 'e' && c !== 'E';
}

/**
 * The value of an integer literal, wrapped to 64 bits as nasm does, or undefined when the text is
 * not a valid number. When both a prefix and a suffix name a radix, the larger radix wins
 * (`0b1h` is hex 0xb1), and when they name the same one neither applies.
 */
export function readInteger(text: string): bigint | undefined {
  let first = 0;
  let last = text.length;
  let radix = 10;
  if (text.startsWith('$')) {
    radix = 16;
    first = 1;
  } else {
    const prefixRadix = text.length > 2 && text[0] === '0' ? radixOfLetter(text[1]!) : 0;
    const suffixRadix = text.length > 1 ? radixOfLetter(text[text.length - 1]!) : 0;
    if (prefixRadix > suffixRadix) {
      radix = prefixRadix;
      first = 2;
    } else if (suffixRadix > prefixRadix) {
      radix = suffixRadix;
      last = text.length - 1;
    }
  }
  const bigRadix = BigInt(radix);
  let value = 0n;
  let digits = 0;
  for (let i = first; i < last; i++) {
    const c = text[i]!;
    if (c === '_') continue;
    const digit = digitValue(c);
    if (digit >= radix) return undefined;
    value = value * bigRadix + BigInt(digit);
    digits++;
  }
  if (digits === 0) return undefined;
  return value & MASK_64;
}

function digitValue(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  if (code >= 65 && code <= 90) return code - 55;
  return 99;
}
