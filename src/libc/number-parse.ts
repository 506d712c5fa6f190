// strtol's parsing, as glibc does it in the C locale: bytes in (leading blanks, sign, base
// prefix, digits), the value clamped to the type's range, where parsing stopped, and whether it
// overflowed out. Pure; the shims in stdlib.ts put it on guest strings.

export interface ParsedInteger {
  readonly value: bigint;
  /** Offset of the first byte not used; 0 when no number was found. */
  readonly end: number;
  readonly overflow: boolean;
}

/** isspace in the C locale: space, \t \n \v \f \r. */
export function isSpaceByte(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}

function digitValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x61 && byte <= 0x7a) return byte - 0x61 + 10;
  if (byte >= 0x41 && byte <= 0x5a) return byte - 0x41 + 10;
  return 99;
}

/**
 * Parses like strtol (signed) or strtoul (unsigned) for a 64-bit long. An invalid base gives
 * value 0, end 0 (glibc also sets EINVAL; the caller does that).
 */
export function parseInteger(bytes: Uint8Array, base: number, signed: boolean, start = 0, stop = bytes.length): ParsedInteger {
  let at = start;
  while (at < stop && isSpaceByte(bytes[at])) at++;
  let negative = false;
  if (at < stop && (bytes[at] === 0x2b || bytes[at] === 0x2d)) {
    negative = bytes[at] === 0x2d;
    at++;
  }
  if (base === 0 || base === 16) {
    if (at + 2 < stop && bytes[at] === 0x30 && (bytes[at + 1] | 0x20) === 0x78 && digitValue(bytes[at + 2]) < 16) {
      at += 2;
      base = 16;
    } else if (base === 0) {
      base = at < stop && bytes[at] === 0x30 ? 8 : 10;
    }
  }
  const digitsStart = at;
  let magnitude = 0n;
  let small = 0;
  let useSmall = true;
  while (at < stop) {
    const digit = digitValue(bytes[at]);
    if (digit >= base) break;
    if (useSmall) {
      small = small * base + digit;
      if (small > 0x1f_ffff_ffff_ffff / 64) {
        magnitude = BigInt(small);
        useSmall = false;
      }
    } else {
      magnitude = magnitude * BigInt(base) + BigInt(digit);
    }
    at++;
  }
  if (at === digitsStart) {
    // no digits: nothing was converted (a lone "0" before an "x" did count, handled by the prefix check above)
    return { value: 0n, end: 0, overflow: false };
  }
  // the common case, well inside a long: one BigInt, made once
  if (useSmall && signed) return { value: BigInt(negative ? -small : small), end: at - start, overflow: false };
  if (useSmall) magnitude = BigInt(small);
  if (signed) {
    const limit = negative ? 1n << 63n : (1n << 63n) - 1n;
    if (magnitude > limit) return { value: negative ? -(1n << 63n) : (1n << 63n) - 1n, end: at - start, overflow: true };
    return { value: negative ? -magnitude : magnitude, end: at - start, overflow: false };
  }
  if (magnitude > (1n << 64n) - 1n) return { value: (1n << 64n) - 1n, end: at - start, overflow: true };
  return { value: BigInt.asUintN(64, negative ? -magnitude : magnitude), end: at - start, overflow: false };
}
