// strtod's parsing, as glibc does it in the C locale: bytes in (blanks, sign, decimal or hex
// digits with exponent, inf/infinity/nan/nan(...)), the correctly rounded double, where parsing
// stopped and whether the result went out of range. Pure; stdlib.ts and scanf use it.

import { isSpaceByte } from './number-parse.ts';

export interface ParsedFloat {
  readonly value: number;
  /** Offset of the first byte not used; 0 when no number was found. */
  readonly end: number;
  /** Overflow to infinity, or a non-zero number that came out as 0 or subnormal. */
  readonly range: boolean;
}

/** -nan keeps its sign bit (printf shows "-nan"); JavaScript's -NaN would not. */
const NEGATIVE_NAN = new Float64Array(new BigUint64Array([0xfff8_0000_0000_0000n]).buffer)[0];

const lower = (byte: number | undefined) => (byte === undefined ? -1 : byte | 0x20);
const isDecimal = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;
const hexValue = (byte: number | undefined): number => {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const l = byte | 0x20;
  return l >= 0x61 && l <= 0x66 ? l - 0x61 + 10 : -1;
};

function matchWord(bytes: Uint8Array, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (lower(bytes[at + i]) !== word.charCodeAt(i)) return false;
  return true;
}

export function parseFloat64(bytes: Uint8Array): ParsedFloat {
  let at = 0;
  while (at < bytes.length && isSpaceByte(bytes[at])) at++;
  let sign = 1;
  if (bytes[at] === 0x2b || bytes[at] === 0x2d) {
    sign = bytes[at] === 0x2d ? -1 : 1;
    at++;
  }
  if (matchWord(bytes, at, 'inf')) {
    const end = matchWord(bytes, at, 'infinity') ? at + 8 : at + 3;
    return { value: sign * Infinity, end, range: false };
  }
  if (matchWord(bytes, at, 'nan')) {
    let end = at + 3;
    if (bytes[end] === 0x28) {
      // nan(n-char-sequence): only letters, digits and _ inside
      let close = end + 1;
      while (close < bytes.length && (isDecimal(bytes[close]) || (lower(bytes[close]) >= 0x61 && lower(bytes[close]) <= 0x7a) || bytes[close] === 0x5f)) close++;
      if (bytes[close] === 0x29) end = close + 1;
    }
    return { value: sign < 0 ? NEGATIVE_NAN : NaN, end, range: false };
  }
  if (bytes[at] === 0x30 && lower(bytes[at + 1]) === 0x78 && (hexValue(bytes[at + 2]) >= 0 || (bytes[at + 2] === 0x2e && hexValue(bytes[at + 3]) >= 0))) {
    return parseHex(bytes, at + 2, sign);
  }
  return parseDecimal(bytes, at, sign);
}

function parseDecimal(bytes: Uint8Array, start: number, sign: number): ParsedFloat {
  let at = start;
  let digits = 0;
  let nonZero = false;
  while (isDecimal(bytes[at])) {
    if (bytes[at] !== 0x30) nonZero = true;
    at++;
    digits++;
  }
  if (bytes[at] === 0x2e) {
    at++;
    while (isDecimal(bytes[at])) {
      if (bytes[at] !== 0x30) nonZero = true;
      at++;
      digits++;
    }
  }
  if (digits === 0) return { value: 0, end: 0, range: false };
  if (lower(bytes[at]) === 0x65) {
    let probe = at + 1;
    if (bytes[probe] === 0x2b || bytes[probe] === 0x2d) probe++;
    if (isDecimal(bytes[probe])) {
      while (isDecimal(bytes[probe])) probe++;
      at = probe;
    }
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + start, at - start).toString('latin1');
  // the ECMAScript conversion rounds correctly, as glibc does in the default rounding mode
  const magnitude = Number(text);
  const value = sign * magnitude;
  const tiny = nonZero && magnitude < DBL_MIN;
  // glibc reports a subnormal result as out of range only when it is inexact
  return { value, end: at, range: magnitude === Infinity || (tiny && !(magnitude > 0 && decimalIsExact(text, magnitude))) };
}

const DBL_MIN = 2.2250738585072014e-308;

/** Whether the decimal `text` equals the double `value` exactly. */
function decimalIsExact(text: string, value: number): boolean {
  const match = /^(\d*)\.?(\d*)(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return false;
  const digits = BigInt((match[1] + match[2]) || '0');
  const power10 = Number(match[3] ?? 0) - match[2].length;
  // value is m * 2^-1074 for a subnormal; compare digits * 10^power10 with it
  const units = BigInt(Math.round(value / 2 ** -1074));
  let left = digits * 2n ** 1074n;
  let right = units;
  if (power10 >= 0) left *= 10n ** BigInt(power10);
  else right *= 10n ** BigInt(-power10);
  return left === right;
}

function parseHex(bytes: Uint8Array, start: number, sign: number): ParsedFloat {
  let at = start;
  let mantissa = 0n;
  let exponent = 0;
  while (hexValue(bytes[at]) >= 0) mantissa = mantissa * 16n + BigInt(hexValue(bytes[at++]));
  if (bytes[at] === 0x2e) {
    at++;
    while (hexValue(bytes[at]) >= 0) {
      mantissa = mantissa * 16n + BigInt(hexValue(bytes[at++]));
      exponent -= 4;
    }
  }
  if (lower(bytes[at]) === 0x70) {
    let probe = at + 1;
    let exponentSign = 1;
    if (bytes[probe] === 0x2b || bytes[probe] === 0x2d) exponentSign = bytes[probe++] === 0x2d ? -1 : 1;
    if (isDecimal(bytes[probe])) {
      let written = 0;
      while (isDecimal(bytes[probe])) written = Math.min(written * 10 + bytes[probe++] - 0x30, 1e6);
      exponent += exponentSign * written;
      at = probe;
    }
  }
  const { value: magnitude, exact } = scaleBinary(mantissa, exponent);
  const tiny = mantissa !== 0n && magnitude < DBL_MIN;
  return { value: sign * magnitude, end: at, range: magnitude === Infinity || (tiny && !exact) };
}

/** mantissa * 2^exponent rounded to the nearest double, ties to even; `exact` when nothing was rounded off. */
function scaleBinary(mantissa: bigint, exponent: number): { value: number; exact: boolean } {
  if (mantissa === 0n) return { value: 0, exact: true };
  let exact = true;
  const bits = mantissa.toString(2).length;
  // keep 53 significant bits, or fewer where the result is subnormal (below 2^-1074 granularity)
  const lowestKept = Math.max(bits + exponent - 53, -1074);
  const drop = lowestKept - exponent;
  if (drop > 0) {
    const divisor = 1n << BigInt(drop);
    let kept = mantissa / divisor;
    const twiceRest = (mantissa - kept * divisor) * 2n;
    exact = twiceRest === 0n;
    if (twiceRest > divisor || (twiceRest === divisor && (kept & 1n) === 1n)) kept += 1n;
    mantissa = kept;
    exponent = lowestKept;
  }
  // mantissa now has at most 54 bits (53 + a carry) and scales exactly unless it overflows
  let value = Number(mantissa);
  while (exponent > 0) {
    const step = Math.min(exponent, 1000);
    value *= 2 ** step;
    exponent -= step;
  }
  while (exponent < 0) {
    const step = Math.min(-exponent, 1000);
    value /= 2 ** step;
    exponent += step;
  }
  return { value, exact };
}
