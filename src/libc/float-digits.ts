// Exact digits of binary floating-point values for printf's %f %e %g %a: a double or an x87
// long double in, decimal or hex digit strings out. Every value is worked on as the exact
// integer ratio it is (BigInt), and rounded to nearest with exact ties going to even, as glibc
// does in the default rounding mode.

export type FloatKind = 'finite' | 'infinite' | 'nan';

/** A finite value is mantissa * 2^exponent; the hex fields are how %a shows it. */
export interface BinaryFloat {
  readonly negative: boolean;
  readonly kind: FloatKind;
  readonly mantissa: bigint;
  readonly exponent: number;
  readonly hexLead: bigint;
  readonly hexFraction: bigint;
  readonly hexFractionDigits: number;
  readonly hexExponent: number;
}

const DOUBLE_FRACTION_BITS = 52;
const DOUBLE_EXPONENT_BIAS = 1023;
const X87_EXPONENT_BIAS = 16383;
const X87_MANTISSA_BITS = 64;

const view = new DataView(new ArrayBuffer(8));

export function decodeDouble(value: number): BinaryFloat {
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  if (biased === 0x7ff) {
    return finiteless(negative, fraction === 0n ? 'infinite' : 'nan');
  }
  if (biased === 0) {
    const exponent = 1 - DOUBLE_EXPONENT_BIAS - DOUBLE_FRACTION_BITS;
    return {
      negative, kind: 'finite', mantissa: fraction, exponent,
      hexLead: 0n, hexFraction: fraction, hexFractionDigits: 13, hexExponent: fraction === 0n ? 0 : 1 - DOUBLE_EXPONENT_BIAS,
    };
  }
  return {
    negative, kind: 'finite', mantissa: fraction | (1n << 52n), exponent: biased - DOUBLE_EXPONENT_BIAS - DOUBLE_FRACTION_BITS,
    hexLead: 1n, hexFraction: fraction, hexFractionDigits: 13, hexExponent: biased - DOUBLE_EXPONENT_BIAS,
  };
}

/** An 80-bit x87 extended value: bits 0-63 the mantissa (explicit integer bit), 64-78 the exponent, 79 the sign. */
export function decodeX87(bits: bigint): BinaryFloat {
  const mantissa = bits & ((1n << 64n) - 1n);
  const biased = Number((bits >> 64n) & 0x7fffn);
  const negative = ((bits >> 79n) & 1n) === 1n;
  if (biased === 0x7fff) {
    return finiteless(negative, (mantissa & ((1n << 63n) - 1n)) === 0n ? 'infinite' : 'nan');
  }
  const effective = biased === 0 ? 1 : biased;
  // %La shows the top four mantissa bits as the leading hex digit, the other 60 as the fraction
  return {
    negative, kind: 'finite', mantissa, exponent: effective - X87_EXPONENT_BIAS - (X87_MANTISSA_BITS - 1),
    hexLead: mantissa >> 60n, hexFraction: mantissa & ((1n << 60n) - 1n), hexFractionDigits: 15,
    hexExponent: mantissa === 0n ? 0 : effective - X87_EXPONENT_BIAS - 3,
  };
}

function finiteless(negative: boolean, kind: FloatKind): BinaryFloat {
  return { negative, kind, mantissa: 0n, exponent: 0, hexLead: 0n, hexFraction: 0n, hexFractionDigits: 0, hexExponent: 0 };
}

const CACHED_POWERS = 400;
const powersOfTen: bigint[] = [1n];
for (let i = 1; i < CACHED_POWERS; i++) powersOfTen.push(powersOfTen[i - 1] * 10n);
function pow10(power: number): bigint {
  return power < CACHED_POWERS ? powersOfTen[power] : 10n ** BigInt(power);
}

/** numerator / denominator rounded to the nearest integer, exact ties to even. */
function roundedQuotient(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const twiceRemainder = (numerator - quotient * denominator) * 2n;
  if (twiceRemainder > denominator || (twiceRemainder === denominator && (quotient & 1n) === 1n)) return quotient + 1n;
  return quotient;
}

/** The value as numerator / denominator, both integers. */
function ratio(value: BinaryFloat): [bigint, bigint] {
  return value.exponent >= 0 ? [value.mantissa << BigInt(value.exponent), 1n] : [value.mantissa, 1n << BigInt(-value.exponent)];
}

/** %f: the integer digits and exactly `precision` fraction digits of |value|. */
export function fixedDigits(value: BinaryFloat, precision: number): { integer: string; fraction: string } {
  const [numerator, denominator] = ratio(value);
  const scaled = roundedQuotient(numerator * pow10(precision), denominator).toString().padStart(precision + 1, '0');
  const split = scaled.length - precision;
  return { integer: scaled.slice(0, split), fraction: scaled.slice(split) };
}

/**
 * %e: `precision + 1` significant digits of |value| and the decimal exponent of the first, after
 * rounding; `unroundedExponent` is the exponent before rounding (%g's choice of style uses it).
 */
export function scientificDigits(value: BinaryFloat, precision: number): { digits: string; exponent: number; unroundedExponent: number } {
  if (value.mantissa === 0n) return { digits: '0'.repeat(precision + 1), exponent: 0, unroundedExponent: 0 };
  const [numerator, denominator] = ratio(value);
  const bitLength = value.mantissa.toString(2).length + value.exponent;
  let exponent = Math.floor((bitLength - 1) * Math.LOG10E * Math.LN2);
  // settle 10^exponent <= value < 10^(exponent+1); the estimate is off by at most one
  while (!atLeastPowerOfTen(numerator, denominator, exponent)) exponent--;
  while (atLeastPowerOfTen(numerator, denominator, exponent + 1)) exponent++;
  const unroundedExponent = exponent;
  const shift = precision - exponent;
  let scaled = shift >= 0
    ? roundedQuotient(numerator * pow10(shift), denominator)
    : roundedQuotient(numerator, denominator * pow10(-shift));
  if (scaled >= pow10(precision + 1)) {
    scaled /= 10n;
    exponent++;
  }
  return { digits: scaled.toString(), exponent, unroundedExponent };
}

function atLeastPowerOfTen(numerator: bigint, denominator: bigint, exponent: number): boolean {
  return exponent >= 0 ? numerator >= denominator * pow10(exponent) : numerator * pow10(-exponent) >= denominator;
}

/** %a: the leading hex digit, `precision` fraction digits (-1: as many as needed) and the binary exponent. */
export function hexDigits(value: BinaryFloat, precision: number): { lead: string; fraction: string; exponent: number } {
  const digits = value.hexFractionDigits;
  let lead = value.hexLead;
  let fraction = value.hexFraction;
  let fractionDigits = digits;
  if (precision >= 0 && precision < digits) {
    const dropBits = BigInt((digits - precision) * 4);
    const whole = (lead << BigInt(digits * 4)) | fraction;
    const rounded = roundedQuotient(whole, 1n << dropBits);
    lead = rounded >> BigInt(precision * 4);
    fraction = rounded & ((1n << BigInt(precision * 4)) - 1n);
    fractionDigits = precision;
  }
  let exponent = value.hexExponent;
  if (lead > 0xfn) {
    // x87's leading digit carried past f: glibc shows it as 0x1.000... four binary places up
    lead >>= 4n;
    exponent += 4;
  }
  let text = fractionDigits > 0 ? fraction.toString(16).padStart(fractionDigits, '0') : '';
  if (precision < 0) text = text.replace(/0+$/, '');
  else if (precision > fractionDigits) text = text.padEnd(precision, '0');
  return { lead: lead.toString(16), fraction: text, exponent };
}

/** The 80 bits of the x87 extended value equal to `value` (every double is exactly representable). */
export function x87FromDouble(value: number): bigint {
  const decoded = decodeDouble(value);
  const sign = decoded.negative ? 1n << 79n : 0n;
  if (decoded.kind === 'infinite') return sign | (0x7fffn << 64n) | (1n << 63n);
  if (decoded.kind === 'nan') return sign | (0x7fffn << 64n) | (3n << 62n);
  if (decoded.mantissa === 0n) return sign;
  const shift = 64 - decoded.mantissa.toString(2).length;
  const biased = BigInt(decoded.exponent - shift + X87_EXPONENT_BIAS + (X87_MANTISSA_BITS - 1));
  return sign | (biased << 64n) | (decoded.mantissa << BigInt(shift));
}
