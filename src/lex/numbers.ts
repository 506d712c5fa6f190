// Numeric literals: where one ends in the text, whether it is a float, and the integer value of
// any NASM radix form (`0x1f`, `1fh`, `$1f`, `0b101`, `101b`, `0o17`, `17q`, `0d12`, `12d`, `1_000`).

import { CHARACTER_CLASS, codeAt, isLetter, NUMBER_PART, radixOfLetter } from './characters.ts';

const MASK_64 = (1n << 64n) - 1n;
/** Below this a value can take one more digit of any radix and still be an exact double. */
const EXACT_LIMIT = 2 ** 48;

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
  if (codeAt(text, i) === 0x24 /* $ */) {
    isHex = true;
    i++;
  }
  for (;;) {
    const c = codeAt(text, i);
    const lower = c | 0x20;
    if (!isHex && lower === 0x65 /* e */) {
      hasExponentE = true;
      i++;
      if (isSign(codeAt(text, i))) {
        isFloat = true;
        i++;
      }
    } else if (lower === 0x68 /* h */ || lower === 0x78 /* x */) {
      isHex = true;
      i++;
    } else if (lower === 0x70 /* p */) {
      isFloat = true;
      i++;
      if (isSign(codeAt(text, i))) i++;
    } else if (c === 0x2e /* . */) {
      // `1-2.nolist` in a macro header is a number then `.nolist`, not a float.
      if (startsSuffixWord(codeAt(text, i + 1), isHex)) break;
      isFloat = true;
      i++;
    } else if (c >= 0 && (CHARACTER_CLASS[c]! & NUMBER_PART) !== 0) {
      i++;
    } else {
      break;
    }
  }
  if (hasExponentE && !isHex) isFloat = true;
  return { end: i, isFloat };
}

function isSign(code: number): boolean {
  return code === 0x2b || code === 0x2d;
}

/** A letter after `.` that cannot continue a float (`e` or `p` exponent, or hex digits). */
function startsSuffixWord(code: number, isHex: boolean): boolean {
  if (!isLetter(code) && code !== 0x5f /* _ */) return false;
  const lower = code | 0x20;
  if (isHex) return code === 0x5f || !((lower >= 0x61 && lower <= 0x66) || lower === 0x70);
  return lower !== 0x65 && lower !== 0x70;
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
  if (text.charCodeAt(0) === 0x24 /* $ */) {
    radix = 16;
    first = 1;
  } else {
    const prefixRadix = text.length > 2 && text.charCodeAt(0) === 0x30 ? radixOfLetter(text.charCodeAt(1)) : 0;
    const suffixRadix = text.length > 1 ? radixOfLetter(text.charCodeAt(text.length - 1)) : 0;
    if (prefixRadix > suffixRadix) {
      radix = prefixRadix;
      first = 2;
    } else if (suffixRadix > prefixRadix) {
      radix = suffixRadix;
      last = text.length - 1;
    }
  }
  // Most literals fit a double exactly; only longer ones need a BigInt per digit.
  let value = 0;
  let big: bigint | undefined;
  let digits = 0;
  for (let i = first; i < last; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5f /* _ */) continue;
    const digit = digitValue(code);
    if (digit >= radix) return undefined;
    if (big !== undefined) big = big * BigInt(radix) + BigInt(digit);
    else if (value < EXACT_LIMIT) value = value * radix + digit;
    else big = BigInt(value) * BigInt(radix) + BigInt(digit);
    digits++;
  }
  if (digits === 0) return undefined;
  return big === undefined ? BigInt(value) : big & MASK_64;
}

/** The value of a digit or letter as a digit of any radix up to 36; 99 for anything else. */
function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  if (code >= 65 && code <= 90) return code - 55;
  return 99;
}
