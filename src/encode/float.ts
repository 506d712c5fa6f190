// Floating-point constants to IEEE bytes: the text of a NASM float (`1.5`, `1e-3`, `0x1.8p3`,
// `1_000.5`, `__Infinity__`) and a width in bytes in, the little-endian encoding out, rounded to
// nearest-even exactly (big-integer arithmetic, so 80-bit `dt` and 128-bit `do` are exact too).

interface FloatFormat {
  exponentBits: number;
  /** Stored mantissa bits (excluding an implicit leading 1). */
  mantissaBits: number;
  /** The x87 80-bit format stores its leading 1. */
  explicitInteger: boolean;
}

const FORMATS: Readonly<Record<number, FloatFormat>> = {
  1: { exponentBits: 4, mantissaBits: 3, explicitInteger: false },
  2: { exponentBits: 5, mantissaBits: 10, explicitInteger: false },
  4: { exponentBits: 8, mantissaBits: 23, explicitInteger: false },
  8: { exponentBits: 11, mantissaBits: 52, explicitInteger: false },
  10: { exponentBits: 15, mantissaBits: 64, explicitInteger: true },
  16: { exponentBits: 15, mantissaBits: 112, explicitInteger: false },
};

export const FLOAT_SIZES: ReadonlySet<number> = new Set(Object.keys(FORMATS).map(Number));

const SPECIALS: Readonly<Record<string, 'inf' | 'qnan' | 'snan'>> = {
  __infinity__: 'inf', '__?infinity?__': 'inf', inf: 'inf', infinity: 'inf',
  __qnan__: 'qnan', '__?qnan?__': 'qnan', nan: 'qnan', qnan: 'qnan', __nan__: 'qnan', '__?nan?__': 'qnan',
  __snan__: 'snan', '__?snan?__': 'snan', snan: 'snan',
};

export function isFloatSpecial(name: string): boolean {
  return name.toLowerCase() in SPECIALS;
}

const bitLength = (n: bigint): number => (n === 0n ? 0 : n.toString(2).length);

/** Parses the text into sign-less num/den (exact rational), or a special value. */
function parseFloatText(text: string): { num: bigint; den: bigint } | 'inf' | 'qnan' | 'snan' {
  const special = SPECIALS[text.toLowerCase()];
  if (special) return special;
  const clean = text.replace(/_/g, '');
  const prefixed = /^0([xhqobydt])(.*)$/i.exec(clean);
  const radix = prefixed ? RADIX_PREFIXES[prefixed[1]!.toLowerCase()]! : 10;
  const body = prefixed ? prefixed[2]! : clean;
  if (radix !== 10) {
    const match = /^([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i.exec(body);
    if (!match || (match[1] === '' && (match[2] ?? '') === '')) throw new Error(`invalid floating-point constant \`${text}'`);
    const digits = (match[1] ?? '') + (match[2] ?? '');
    const mantissa = [...digits].reduce((acc, d) => acc * BigInt(radix) + BigInt(parseInt(d, radix)), 0n);
    const bitsPerDigit = Math.log2(radix);
    const exponent = clampExponent(Number(match[3] ?? '0')) - bitsPerDigit * (match[2]?.length ?? 0);
    return exponent >= 0 ? { num: mantissa << BigInt(exponent), den: 1n } : { num: mantissa, den: 1n << BigInt(-exponent) };
  }
  const dec = /^(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(body);
  if (!dec || (dec[1] === '' && (dec[2] ?? '') === '')) throw new Error(`invalid floating-point constant \`${text}'`);
  const digits = (dec[1] ?? '') + (dec[2] ?? '');
  const mantissa = BigInt(digits || '0');
  const exponent = clampExponent(Number(dec[3] ?? '0')) - (dec[2]?.length ?? 0);
  return exponent >= 0 ? { num: mantissa * 10n ** BigInt(exponent), den: 1n } : { num: mantissa, den: 10n ** BigInt(-exponent) };
}

const RADIX_PREFIXES: Readonly<Record<string, number>> = { x: 16, h: 16, q: 8, o: 8, b: 2, y: 2, d: 10, t: 10 };

/** Exponents far outside every format only mean "overflow" or "underflow"; keep the arithmetic small. */
function clampExponent(exponent: number): number {
  return Math.max(-20000, Math.min(20000, exponent));
}

/** Encodes `text` (without sign) negated if `negative`, as a `size`-byte IEEE value. */
export function encodeFloat(text: string, size: number, negative: boolean): Uint8Array {
  const format = FORMATS[size];
  if (!format) throw new Error(`no ${size * 8}-bit floating-point format`);
  const parsed = parseFloatText(text);
  const bits = typeof parsed === 'string' ? specialBits(parsed, format) : finiteBits(parsed.num, parsed.den, format);
  const signBit = negative ? 1n << BigInt(size * 8 - 1) : 0n;
  return littleEndian(bits | signBit, size);
}

function specialBits(kind: 'inf' | 'qnan' | 'snan', f: FloatFormat): bigint {
  const exponentAll = ((1n << BigInt(f.exponentBits)) - 1n) << BigInt(f.mantissaBits);
  const integerBit = f.explicitInteger ? 1n << BigInt(f.mantissaBits - 1) : 0n;
  const quietBit = 1n << BigInt(f.mantissaBits - (f.explicitInteger ? 2 : 1));
  if (kind === 'inf') return exponentAll | integerBit;
  if (kind === 'qnan') return exponentAll | integerBit | quietBit;
  return exponentAll | integerBit | (quietBit >> 1n);
}

function finiteBits(num: bigint, den: bigint, f: FloatFormat): bigint {
  if (num === 0n) return 0n;
  const precision = f.explicitInteger ? f.mantissaBits : f.mantissaBits + 1;
  const bias = (1 << (f.exponentBits - 1)) - 1;
  const minExponent = 1 - bias;
  const maxExponent = bias;
  // Scale so the quotient holds precision + 2 bits: the kept bits, a round bit and one spare.
  let shift = precision + 2 - (bitLength(num) - bitLength(den));
  let { quotient, sticky } = scaledQuotient(num, den, shift);
  while (bitLength(quotient) > precision + 2) {
    shift--;
    ({ quotient, sticky } = scaledQuotient(num, den, shift));
  }
  while (bitLength(quotient) < precision + 2) {
    shift++;
    ({ quotient, sticky } = scaledQuotient(num, den, shift));
  }
  let exponent = precision + 1 - shift;
  // Below the normal range the value loses bits off the bottom (a subnormal).
  let drop = 2 + Math.max(0, minExponent - exponent);
  if (drop > precision + 2) drop = precision + 3;
  let mantissa = quotient >> BigInt(drop);
  const lost = quotient & ((1n << BigInt(drop)) - 1n);
  const half = 1n << BigInt(drop - 1);
  if (lost > half || (lost === half && (sticky || (mantissa & 1n) === 1n))) mantissa++;
  const subnormal = exponent < minExponent;
  if (subnormal) {
    exponent = minExponent;
    if (mantissa >= 1n << BigInt(precision - 1)) return encodeFields(1, mantissa, f); // rounded up to normal
    return encodeFields(0, mantissa, f);
  }
  if (mantissa === 1n << BigInt(precision)) {
    mantissa >>= 1n;
    exponent++;
  }
  if (exponent > maxExponent) return specialBits('inf', f);
  return encodeFields(exponent + bias, mantissa, f);
}

function encodeFields(biasedExponent: number, mantissa: bigint, f: FloatFormat): bigint {
  const stored = f.explicitInteger ? mantissa : mantissa & ((1n << BigInt(f.mantissaBits)) - 1n);
  return (BigInt(biasedExponent) << BigInt(f.mantissaBits)) | stored;
}

function scaledQuotient(num: bigint, den: bigint, shift: number): { quotient: bigint; sticky: boolean } {
  const n = shift >= 0 ? num << BigInt(shift) : num;
  const d = shift >= 0 ? den : den << BigInt(-shift);
  return { quotient: n / d, sticky: n % d !== 0n };
}

export function littleEndian(value: bigint, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let v = BigInt.asUintN(size * 8, value);
  for (let i = 0; i < size; i++) {
    bytes[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return bytes;
}
