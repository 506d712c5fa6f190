// Float literal text (`1.5`, `1e10`, `1.e+10`, `0x1.8p3`, `1_000.5`, `__Infinity__`) and a width in
// bytes or a `__floatN__` function in, the IEEE bit pattern out, computed by the same arithmetic
// as nasm 2.16 so the bits match its objects even where that arithmetic is not correctly rounded.
// nasm holds the significand in 192 bits: decimal digits become a binary fraction cut off after
// 192 significant bits, and 10^n is applied as 2^n times 5^n, with 5^n built by repeated squaring
// where every product is again cut to 192 bits. Only then is the value rounded to nearest-even at
// the format's width, so a decimal lying exactly on (or within the cut-off of) a rounding tie can
// land one ulp below the correctly rounded result, as `dd 1.1e10` does in nasm.

import type { Expr } from './ast.ts';

const MANTISSA_BITS = 192;
const TOP_BIT = 1n << BigInt(MANTISSA_BITS - 1);
/** Digits after the first non-zero one that nasm keeps; later ones are ignored. */
const MAX_DECIMAL_DIGITS = 52;
/** nasm clamps a decimal exponent to ±5000 and a binary one to ±20000 while reading it. */
const DECIMAL_EXPONENT_LIMIT = 5000;
const BINARY_EXPONENT_LIMIT = 20000;
const TOO_LONG = `floating-point constant significand contains more than ${MAX_DECIMAL_DIGITS} digits [-w+float-toolong]`;

interface FloatFormat {
  bytes: number;
  /** Stored fraction bits (for the x87 format, those after its explicit integer bit). */
  fractionBits: number;
  /** The x87 80-bit format stores its leading 1. */
  explicitInteger: boolean;
  exponentBits: number;
}

const FLOAT8: FloatFormat = { bytes: 1, fractionBits: 3, explicitInteger: false, exponentBits: 4 };
const FLOAT16: FloatFormat = { bytes: 2, fractionBits: 10, explicitInteger: false, exponentBits: 5 };
const BFLOAT16: FloatFormat = { bytes: 2, fractionBits: 7, explicitInteger: false, exponentBits: 8 };
const FLOAT32: FloatFormat = { bytes: 4, fractionBits: 23, explicitInteger: false, exponentBits: 8 };
const FLOAT64: FloatFormat = { bytes: 8, fractionBits: 52, explicitInteger: false, exponentBits: 11 };
const FLOAT80: FloatFormat = { bytes: 10, fractionBits: 63, explicitInteger: true, exponentBits: 15 };
const FLOAT128: FloatFormat = { bytes: 16, fractionBits: 112, explicitInteger: false, exponentBits: 15 };

/** The format a data directive of each unit size writes floats in. */
const FORMATS: Readonly<Record<number, FloatFormat>> = { 1: FLOAT8, 2: FLOAT16, 4: FLOAT32, 8: FLOAT64, 10: FLOAT80, 16: FLOAT128 };

/** Each `__floatN__` function: its format and which of the value's little-endian bytes it gives. */
const FLOAT_FUNCTIONS: Readonly<Record<string, { format: FloatFormat; firstByte: number; byteCount: number }>> = {
  __float8__: { format: FLOAT8, firstByte: 0, byteCount: 1 },
  __float16__: { format: FLOAT16, firstByte: 0, byteCount: 2 },
  __bfloat16__: { format: BFLOAT16, firstByte: 0, byteCount: 2 },
  __float32__: { format: FLOAT32, firstByte: 0, byteCount: 4 },
  __float64__: { format: FLOAT64, firstByte: 0, byteCount: 8 },
  __float80m__: { format: FLOAT80, firstByte: 0, byteCount: 8 },
  __float80e__: { format: FLOAT80, firstByte: 8, byteCount: 2 },
  __float128l__: { format: FLOAT128, firstByte: 0, byteCount: 8 },
  __float128h__: { format: FLOAT128, firstByte: 8, byteCount: 8 },
};

type Special = 'inf' | 'qnan' | 'snan';

/** Only the `__` names: `Inf` and `NaN` are symbols like any other unless `%use fp` defines them. */
const SPECIALS: Readonly<Record<string, Special>> = {
  __infinity__: 'inf', '__?infinity?__': 'inf',
  __qnan__: 'qnan', '__?qnan?__': 'qnan', __nan__: 'qnan', '__?nan?__': 'qnan',
  __snan__: 'snan', '__?snan?__': 'snan',
};

const RADIX_BITS: Readonly<Record<string, number>> = { x: 4, h: 4, q: 3, o: 3, b: 1, y: 1 };

export function isFloatSpecial(name: string): boolean {
  return name.toLowerCase() in SPECIALS;
}

/** The text and sign of a float expression (`1.5`, `-1.5`, `__Infinity__`), or undefined. */
export function floatLiteral(expr: Expr): { text: string; negative: boolean } | undefined {
  if (expr.kind === 'float') return { text: expr.text, negative: false };
  if (expr.kind === 'symbol' && isFloatSpecial(expr.name)) return { text: expr.name, negative: false };
  if (expr.kind === 'unary' && (expr.op === '-' || expr.op === '+')) {
    const inner = floatLiteral(expr.operand);
    if (inner) return { text: inner.text, negative: inner.negative !== (expr.op === '-') };
  }
  return undefined;
}

/**
 * The `size`-byte IEEE pattern of `text` (written without a sign), negated if `negative`.
 * Throws an Error whose message says what is wrong when the text is not a float nasm reads.
 */
export function floatBits(text: string, size: number, negative: boolean, warnings: string[] = []): bigint {
  const format = FORMATS[size];
  if (!format) throw new Error(`no ${size * 8}-bit floating-point format`);
  return formatBits(text, format, negative, warnings);
}

/** Whether `name` (as `__float32__`) is one of the float conversion functions. */
export function isFloatFunction(name: string): boolean {
  return Object.hasOwn(FLOAT_FUNCTIONS, name);
}

/**
 * The number `__float32__(text)` and its kin stand for (`name` as `__float32__`, `text` without a
 * sign), or undefined when `name` is not one of them. Throws as floatBits does.
 */
export function floatFunctionValue(name: string, text: string, negative: boolean): bigint | undefined {
  const call = FLOAT_FUNCTIONS[name];
  if (!call) return undefined;
  const bits = formatBits(text, call.format, negative, []);
  return (bits >> BigInt(call.firstByte * 8)) & ((1n << BigInt(call.byteCount * 8)) - 1n);
}

/** nasm's warnings (overflow, too many digits), on by default, go to `warnings`. */
function formatBits(text: string, format: FloatFormat, negative: boolean, warnings: string[]): bigint {
  const special = SPECIALS[text.toLowerCase()];
  const layout = special ? specialLayout(special, format) : finiteLayout(readSignificand(text, warnings), format, warnings);
  const sign = negative ? TOP_BIT : 0n;
  return (layout | sign) >> BigInt(MANTISSA_BITS - format.bytes * 8);
}

/** The value as significand × 2^exponent with the significand in [0.5, 1), or zero. */
interface Significand {
  /** 192 bits whose top bit is set, or 0n for zero. */
  bits: bigint;
  exponent: number;
}

function readSignificand(text: string, warnings: string[]): Significand {
  const prefix = /^(?:0([a-z])|\$)/i.exec(text);
  if (prefix) {
    const letter = prefix[1]?.toLowerCase() ?? 'x';
    const radixBits = RADIX_BITS[letter];
    if (radixBits !== undefined) return readBinarySignificand(text.slice(prefix[0].length), radixBits);
    if (letter === 'd' || letter === 't') return readDecimalSignificand(text.slice(2), warnings);
  }
  return readDecimalSignificand(text, warnings);
}

function readExponent(text: string, limit: number): number {
  const negative = text[0] === '-';
  let magnitude = 0;
  for (let i = text[0] === '-' || text[0] === '+' ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (c >= '0' && c <= '9') magnitude = Math.min(magnitude * 10 + Number(c), limit);
    else if (c !== '_') throw new Error(`invalid character in floating-point constant exponent: '${c}'`);
  }
  return negative ? -magnitude : magnitude;
}

/** `ddd.ddd[e±n]`: the digits as a binary fraction, then scaled by 10^n. */
function readDecimalSignificand(text: string, warnings: string[]): Significand {
  // The number is 0.<kept digits> × 10^tenPower.
  let kept = '';
  let tenPower = 0;
  let seenDot = false;
  let warnedTooLong = false;
  let i = 0;
  for (; i < text.length && text[i] !== 'e' && text[i] !== 'E'; i++) {
    const c = text[i]!;
    if (c === '.') {
      if (seenDot) throw new Error('too many periods in floating-point constant');
      seenDot = true;
    } else if (c >= '0' && c <= '9') {
      if (c === '0' && kept === '') {
        if (seenDot) tenPower--;
        continue;
      }
      if (kept.length < MAX_DECIMAL_DIGITS) kept += c;
      else if (!warnedTooLong) {
        warnings.push(TOO_LONG);
        warnedTooLong = true;
      }
      if (!seenDot) tenPower++;
    } else if (c !== '_') {
      throw new Error(`invalid character in floating-point constant significand: '${c}'`);
    }
  }
  if (i < text.length) tenPower += readExponent(text.slice(i + 1), DECIMAL_EXPONENT_LIMIT);
  kept = kept.replace(/0+$/, '');
  if (kept === '') return { bits: 0n, exponent: 0 };
  const fraction = binaryFraction(BigInt(kept), 10n ** BigInt(kept.length));
  return scaleByFivePower({ bits: fraction.bits, exponent: fraction.exponent + tenPower }, tenPower);
}

/** numerator/denominator (below 1) as its first 192 significant binary digits, truncated. */
function binaryFraction(numerator: bigint, denominator: bigint): Significand {
  const extra = MANTISSA_BITS + 4 * denominator.toString(16).length + 4;
  const scaled = (numerator << BigInt(extra)) / denominator;
  const length = scaled.toString(2).length;
  return { bits: scaled >> BigInt(length - MANTISSA_BITS), exponent: length - extra };
}

/** Multiplies by 5^power (power may be negative) as nasm does: square-and-multiply, each product cut to 192 bits. */
function scaleByFivePower(value: Significand, power: number): Significand {
  let { bits, exponent } = value;
  // 5 = 0.625 × 2^3; 1/5 = 0.8 × 2^-2 with 0.8 rounded up in its last bit.
  let factor = power > 0 ? 0xan << BigInt(MANTISSA_BITS - 4) : (((1n << BigInt(MANTISSA_BITS)) - 1n) / 5n) * 4n + 1n;
  let factorExponent = power > 0 ? 3 : -2;
  for (let remaining = Math.abs(power); remaining > 0; remaining >>= 1) {
    if (remaining & 1) {
      const product = truncatedProduct(bits, factor);
      bits = product.bits;
      exponent += factorExponent + product.exponent;
    }
    const square = truncatedProduct(factor, factor);
    factor = square.bits;
    factorExponent = factorExponent * 2 + square.exponent;
  }
  return { bits, exponent };
}

/** The top 192 bits of a × b (both normalized), and -1 when the product needed a shift to renormalize. */
function truncatedProduct(a: bigint, b: bigint): Significand {
  const product = a * b;
  if (product >> BigInt(2 * MANTISSA_BITS - 1)) return { bits: product >> BigInt(MANTISSA_BITS), exponent: 0 };
  return { bits: product >> BigInt(MANTISSA_BITS - 1), exponent: -1 };
}

/** Hex, octal and binary floats: the first 192 significant bits of the digits, the rest dropped. */
function readBinarySignificand(text: string, radixBits: number): Significand {
  const radix = 1 << radixBits;
  let significant = '';
  let exponent = 0;
  let seenDot = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '.') {
      if (seenDot) throw new Error('too many periods in floating-point constant');
      seenDot = true;
      continue;
    }
    if (c === 'p' || c === 'P') {
      exponent += readExponent(text.slice(i + 1), BINARY_EXPONENT_LIMIT);
      break;
    }
    if (c === '_') continue;
    const digit = /[0-9a-f]/i.test(c) ? parseInt(c, 16) : radix;
    if (digit >= radix) throw new Error(`floating-point constant: \`${c}' is invalid character`);
    if (significant === '') {
      if (digit === 0) {
        if (seenDot) exponent -= radixBits;
        continue;
      }
      // The leading digit's own leading zeros are not significant.
      const digitBits = digit.toString(2);
      exponent -= radixBits - digitBits.length;
      significant = digitBits;
    } else {
      significant += digit.toString(2).padStart(radixBits, '0');
    }
    if (!seenDot) exponent += radixBits;
  }
  if (significant === '') return { bits: 0n, exponent: 0 };
  const bits = BigInt('0b' + significant.slice(0, MANTISSA_BITS).padEnd(MANTISSA_BITS, '0'));
  return { bits, exponent };
}

/** Bit `index` counted from the top of the 192-bit layout, as a mask. */
function bitFromTop(index: number): bigint {
  return 1n << BigInt(MANTISSA_BITS - 1 - index);
}

/** A finite value laid out from the top of 192 bits: sign (clear), exponent field, fraction. */
function finiteLayout(value: Significand, f: FloatFormat, warnings: string[]): bigint {
  if (value.bits === 0n) return 0n;
  const exponentLimit = 1 << (f.exponentBits - 1);
  const onePosition = f.exponentBits + (f.explicitInteger ? 1 : 0);
  // nasm's normal range reaches one exponent too high: 0x1.8p128 becomes a float32 NaN, as there.
  const exponent = value.exponent - 1;
  if (exponent > exponentLimit) return overflow(f, warnings);
  if (exponent >= 2 - exponentLimit) {
    let biased = exponent + exponentLimit - 1;
    let bits = roundAt(value.bits >> BigInt(onePosition), f.bytes * 8);
    if (bits & bitFromTop(onePosition - 1)) {
      bits >>= 1n;
      biased++;
      if (biased >= 2 * exponentLimit - 1) return overflow(f, warnings);
    }
    if (!f.explicitInteger) bits &= ~bitFromTop(onePosition);
    return bits | (BigInt(biased) << BigInt(MANTISSA_BITS - 1 - f.exponentBits));
  }
  // Subnormal: shifted further right; bits pushed past the 192 are lost before rounding.
  const shift = onePosition + (2 - exponentLimit - exponent);
  let bits = shift >= MANTISSA_BITS ? 0n : roundAt(value.bits >> BigInt(shift), f.bytes * 8);
  if (bits & bitFromTop(onePosition)) {
    if (!f.explicitInteger) bits &= ~bitFromTop(onePosition);
    bits |= 1n << BigInt(MANTISSA_BITS - 1 - f.exponentBits);
  }
  return bits;
}

function overflow(f: FloatFormat, warnings: string[]): bigint {
  warnings.push('overflow in floating-point constant [-w+float-overflow]');
  return specialLayout('inf', f);
}

/** Rounds to nearest-even keeping the top `kept` bits; everything below them is cleared. */
function roundAt(bits: bigint, kept: number): bigint {
  const dropped = BigInt(MANTISSA_BITS - kept);
  const unit = 1n << dropped;
  const rest = bits & (unit - 1n);
  const half = unit >> 1n;
  const truncated = bits - rest;
  const roundUp = rest > half || (rest === half && (truncated & unit) !== 0n);
  return roundUp ? truncated + unit : truncated;
}

function specialLayout(kind: Special, f: FloatFormat): bigint {
  const onePosition = f.exponentBits + (f.explicitInteger ? 1 : 0);
  let bits = ((1n << BigInt(f.exponentBits)) - 1n) << BigInt(MANTISSA_BITS - 1 - f.exponentBits);
  if (f.explicitInteger) bits |= bitFromTop(onePosition);
  if (kind === 'qnan') bits |= bitFromTop(onePosition + 1);
  if (kind === 'snan') bits |= bitFromTop(onePosition + f.fractionBits);
  return bits;
}
