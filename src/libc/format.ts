// printf's formatting, as glibc does it: a format string's bytes and a source of arguments in,
// the formatted bytes appended to a ByteBuilder out (the count returned). Pure: arguments,
// strings behind %s and stores for %n come through `FormatArguments`, so guest memory stays
// on the other side of that interface.

import type { ByteBuilder } from './byte-builder.ts';
import { decodeDouble, decodeX87, fixedDigits, hexDigits, scientificDigits, type BinaryFloat } from './float-digits.ts';

export type IntegerSize = 1 | 2 | 4 | 8;

export interface FormatArguments {
  /** The next integer-class argument, as the 64 bits of its slot. */
  nextInteger(): bigint;
  nextDouble(): number;
  /** The next long double, as its 80 bits. */
  nextLongDouble(): bigint;
  /** The string at a guest address, at most `limit` bytes. */
  readString(address: number, limit: number): Uint8Array;
  /** The wchar_t string at a guest address, at most `limit` characters. */
  readWideString(address: number, limit: number): Uint32Array;
  /** %n: store `count` as an integer of `size` bytes at a guest address. */
  storeCount(address: number, size: IntegerSize, count: number): void;
  /** %m: the text of strerror(errno). */
  errorText?(): Uint8Array;
}

const PERCENT = 0x25;
const SPACE = 0x20;
const ZERO = 0x30;

interface Spec {
  position: number; // 0: next argument in order
  left: boolean;
  plus: boolean;
  space: boolean;
  alternate: boolean;
  zero: boolean;
  width: number;
  widthPosition: number; // -1: given in the format, 0: next argument, n: argument n
  precision: number; // -1: none
  precisionPosition: number;
  size: IntegerSize;
  longDouble: boolean;
  conversion: number;
  start: number; // index of the `%`, for printing unknown conversions as written
  end: number; // index after the conversion character
}

type ArgumentKind = 'integer' | 'double' | 'longDouble';

/** Conversions and the kind of argument each takes. */
const CONVERSION_KINDS: Record<string, ArgumentKind | 'none'> = {
  d: 'integer', i: 'integer', u: 'integer', o: 'integer', x: 'integer', X: 'integer', b: 'integer', B: 'integer', c: 'integer',
  s: 'integer', p: 'integer', n: 'integer', C: 'integer', S: 'integer',
  f: 'double', F: 'double', e: 'double', E: 'double', g: 'double', G: 'double', a: 'double', A: 'double',
  '%': 'none', m: 'none',
};

const LENGTH_SIZES: Record<string, IntegerSize> = { hh: 1, h: 2, l: 8, ll: 8, q: 8, L: 8, j: 8, z: 8, Z: 8, t: 8 };

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

/** Reads "%...c" starting at `start` (the `%`); undefined when the format ends inside it. */
function parseSpec(format: Uint8Array, start: number): Spec | undefined {
  const spec: Spec = {
    position: 0, left: false, plus: false, space: false, alternate: false, zero: false,
    width: 0, widthPosition: -1, precision: -1, precisionPosition: -1, size: 4, longDouble: false,
    conversion: 0, start, end: start,
  };
  let at = start + 1;
  const readNumber = (): number => {
    let value = 0;
    while (at < format.length && isDigit(format[at])) value = Math.min(value * 10 + format[at++] - ZERO, 0x7fffffff);
    return value;
  };
  const readPosition = (): number => {
    // "n$" after a `%` or `*`; otherwise leave the digits alone
    let probe = at;
    while (probe < format.length && isDigit(format[probe])) probe++;
    if (probe > at && format[probe] === 0x24) {
      const value = readNumber();
      at++;
      return value;
    }
    return 0;
  };
  spec.position = readPosition();
  for (; at < format.length; at++) {
    const c = format[at];
    if (c === 0x2d) spec.left = true;
    else if (c === 0x2b) spec.plus = true;
    else if (c === SPACE) spec.space = true;
    else if (c === 0x23) spec.alternate = true;
    else if (c === ZERO) spec.zero = true;
    else if (c === 0x27 || c === 0x49) continue; // ' (grouping: none in the C locale) and I (locale digits)
    else break;
  }
  if (format[at] === 0x2a) {
    at++;
    spec.widthPosition = readPosition();
  } else {
    spec.width = readNumber();
  }
  if (format[at] === 0x2e) {
    at++;
    if (format[at] === 0x2a) {
      at++;
      spec.precisionPosition = readPosition();
    } else {
      spec.precision = readNumber();
    }
  }
  let length = '';
  while (at < format.length && 'hlLqjzZt'.includes(String.fromCharCode(format[at]))) {
    length += String.fromCharCode(format[at++]);
  }
  if (length !== '') {
    spec.size = LENGTH_SIZES[length] ?? 8;
    spec.longDouble = length === 'L' || length === 'q' || length === 'll';
  }
  if (at >= format.length) return undefined;
  spec.conversion = format[at];
  spec.end = at + 1;
  return spec;
}

/** Hands out arguments in order, or (for formats using n$) all read up front by position. */
class ArgumentFeed {
  private positional: (bigint | number)[] | undefined;

  constructor(private readonly source: FormatArguments) {}

  preparePositional(specs: readonly Spec[]): void {
    const kinds: ArgumentKind[] = [];
    for (const spec of specs) {
      if (spec.widthPosition > 0) kinds[spec.widthPosition - 1] = 'integer';
      if (spec.precisionPosition > 0) kinds[spec.precisionPosition - 1] = 'integer';
      const kind = CONVERSION_KINDS[String.fromCharCode(spec.conversion)];
      if (spec.position > 0 && kind !== undefined && kind !== 'none') {
        kinds[spec.position - 1] = kind === 'double' && spec.longDouble ? 'longDouble' : kind;
      }
    }
    this.positional = [];
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[i] ?? 'integer';
      this.positional.push(kind === 'double' ? this.source.nextDouble() : kind === 'longDouble' ? this.source.nextLongDouble() : this.source.nextInteger());
    }
  }

  integer(position: number): bigint {
    if (position > 0 && this.positional) return BigInt(this.positional[position - 1] ?? 0n);
    return this.source.nextInteger();
  }

  double(position: number): number {
    if (position > 0 && this.positional) return Number(this.positional[position - 1] ?? 0);
    return this.source.nextDouble();
  }

  longDouble(position: number): bigint {
    if (position > 0 && this.positional) return BigInt(this.positional[position - 1] ?? 0n);
    return this.source.nextLongDouble();
  }
}

/**
 * Widths and precisions beyond this are refused (result -1, `FORMAT_OVERFLOW`) rather than
 * padded in host memory; glibc itself refuses those near INT_MAX with EOVERFLOW.
 */
export const LARGEST_FIELD = 1 << 24;
/** Float precisions beyond this are refused too: their exact digits would take the host minutes. */
export const LARGEST_FLOAT_PRECISION = 1 << 14;
export const FORMAT_OVERFLOW = -1;
/** A wide character with no multibyte form in the C locale (above 0x7f): glibc fails with EILSEQ. */
export const FORMAT_ILLEGAL_SEQUENCE = -2;
const LARGEST_C_LOCALE_CHARACTER = 0x7f;

/** Thrown inside rendering to abandon the whole call, as glibc does on an unconvertible wide character. */
class IllegalSequence extends Error {}

/** Appends the formatted text to `out`; returns the number of bytes it produced (printf's result), or a negative FORMAT_ code. */
export function formatPrintf(format: Uint8Array, args: FormatArguments, out: ByteBuilder): number {
  const startLength = out.length;
  const feed = new ArgumentFeed(args);
  if (usesPositions(format)) feed.preparePositional(collectSpecs(format));
  let at = 0;
  while (at < format.length) {
    const percent = format.indexOf(PERCENT, at);
    const literalEnd = percent < 0 ? format.length : percent;
    if (literalEnd > at) out.pushBytes(format.subarray(at, literalEnd));
    if (percent < 0) break;
    const spec = parseSpec(format, percent);
    if (spec === undefined) {
      // a lone `%` at the end: glibc prints nothing for it
      break;
    }
    try {
      if (!renderSpec(spec, format, feed, args, out, startLength)) return FORMAT_OVERFLOW;
    } catch (error) {
      if (error instanceof IllegalSequence) return FORMAT_ILLEGAL_SEQUENCE;
      throw error;
    }
    at = spec.end;
  }
  return out.length - startLength;
}

function usesPositions(format: Uint8Array): boolean {
  for (let at = format.indexOf(PERCENT); at >= 0 && at + 1 < format.length; at = format.indexOf(PERCENT, at + 2)) {
    let probe = at + 1;
    while (probe < format.length && isDigit(format[probe])) probe++;
    if (probe > at + 1 && format[probe] === 0x24) return true;
  }
  return false;
}

function collectSpecs(format: Uint8Array): Spec[] {
  const specs: Spec[] = [];
  for (let at = format.indexOf(PERCENT); at >= 0; ) {
    const spec = parseSpec(format, at);
    if (spec === undefined) break;
    specs.push(spec);
    at = format.indexOf(PERCENT, spec.end);
  }
  return specs;
}

/** Renders one conversion; false when its width or precision is too large to render. */
function renderSpec(spec: Spec, format: Uint8Array, feed: ArgumentFeed, args: FormatArguments, out: ByteBuilder, startLength: number): boolean {
  readStars(spec, feed);
  if (spec.width > LARGEST_FIELD || spec.precision > LARGEST_FIELD) return false;
  if (spec.precision > LARGEST_FLOAT_PRECISION && 'aAeEfFgG'.includes(String.fromCharCode(spec.conversion))) return false;
  renderConversion(spec, format, feed, args, out, startLength);
  return true;
}

function readStars(spec: Spec, feed: ArgumentFeed): void {
  if (spec.widthPosition >= 0) {
    const width = Number(BigInt.asIntN(32, feed.integer(spec.widthPosition)));
    if (width < 0) {
      spec.left = true;
      spec.width = -width;
    } else {
      spec.width = width;
    }
  }
  if (spec.precisionPosition >= 0) {
    const precision = Number(BigInt.asIntN(32, feed.integer(spec.precisionPosition)));
    spec.precision = precision < 0 ? -1 : precision;
  }
}

function renderConversion(spec: Spec, format: Uint8Array, feed: ArgumentFeed, args: FormatArguments, out: ByteBuilder, startLength: number): void {
  const conversion = String.fromCharCode(spec.conversion);
  switch (conversion) {
    case 'd': case 'i':
      return renderInteger(spec, feed.integer(spec.position), true, 10, out);
    case 'u':
      return renderInteger(spec, feed.integer(spec.position), false, 10, out);
    case 'o':
      return renderInteger(spec, feed.integer(spec.position), false, 8, out);
    case 'x': case 'X':
      return renderInteger(spec, feed.integer(spec.position), false, 16, out);
    case 'b': case 'B':
      return renderInteger(spec, feed.integer(spec.position), false, 2, out);
    case 'c':
      if (spec.size === 8) return renderBytes(spec, narrowed([Number(feed.integer(spec.position) & 0xffff_ffffn)]), out);
      return renderBytes(spec, Uint8Array.of(Number(feed.integer(spec.position) & 0xffn)), out);
    case 'C':
      return renderBytes(spec, narrowed([Number(feed.integer(spec.position) & 0xffff_ffffn)]), out);
    case 's':
      if (spec.size === 8) return renderWideString(spec, Number(feed.integer(spec.position)), args, out);
      return renderString(spec, Number(feed.integer(spec.position)), args, out);
    case 'S':
      return renderWideString(spec, Number(feed.integer(spec.position)), args, out);
    case 'p':
      return renderPointer(spec, feed.integer(spec.position), out);
    case 'n': {
      const address = Number(feed.integer(spec.position));
      return args.storeCount(address, spec.size, out.length - startLength);
    }
    case 'm':
      return renderBytes(spec, args.errorText ? args.errorText() : new Uint8Array(0), out);
    case '%':
      return out.pushByte(PERCENT);
    case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A': {
      const value = spec.longDouble ? decodeX87(feed.longDouble(spec.position)) : decodeDouble(feed.double(spec.position));
      return renderFloat(spec, value, out);
    }
    default:
      return renderUnknown(spec, out);
  }
}

/** A conversion glibc does not know is printed back as a spec, its flags in glibc's order. */
function renderUnknown(spec: Spec, out: ByteBuilder): void {
  let text = '%';
  if (spec.alternate) text += '#';
  if (spec.plus) text += '+';
  else if (spec.space) text += ' ';
  if (spec.left) text += '-';
  else if (spec.zero) text += '0';
  if (spec.width !== 0) text += String(spec.width);
  if (spec.precision >= 0) text += '.' + String(spec.precision);
  out.pushAscii(text);
  out.pushByte(spec.conversion);
}

/** Writes prefix (sign, 0x) and body padded to the width: spaces outside, or zeros between them. */
function pad(spec: Spec, prefix: string, body: string, zeroPad: boolean, out: ByteBuilder): void {
  const fill = spec.width - prefix.length - body.length;
  if (spec.left) {
    out.pushAscii(prefix);
    out.pushAscii(body);
    out.pushRepeated(SPACE, fill);
  } else if (zeroPad) {
    out.pushAscii(prefix);
    out.pushRepeated(ZERO, fill);
    out.pushAscii(body);
  } else {
    out.pushRepeated(SPACE, fill);
    out.pushAscii(prefix);
    out.pushAscii(body);
  }
}

function signPrefix(spec: Spec, negative: boolean): string {
  return negative ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
}

function renderInteger(spec: Spec, raw: bigint, signed: boolean, base: number, out: ByteBuilder): void {
  const bits = spec.size * 8;
  let magnitude: bigint | number;
  let negative = false;
  if (bits <= 32) {
    const value = signed ? Number(BigInt.asIntN(bits, raw)) : Number(BigInt.asUintN(bits, raw));
    negative = value < 0;
    magnitude = Math.abs(value);
  } else {
    const value = signed ? BigInt.asIntN(64, raw) : BigInt.asUintN(64, raw);
    negative = value < 0n;
    magnitude = negative ? -value : value;
  }
  let digits = magnitude.toString(base);
  if (spec.conversion === 0x58) digits = digits.toUpperCase();
  const isZero = digits === '0';
  if (spec.precision === 0 && isZero) digits = '';
  if (spec.precision > digits.length) digits = digits.padStart(spec.precision, '0');
  if (base === 8 && spec.alternate && !digits.startsWith('0')) digits = '0' + digits;
  let prefix = signed ? signPrefix(spec, negative) : '';
  if (base === 16 && spec.alternate && !isZero) prefix = spec.conversion === 0x58 ? '0X' : '0x';
  if (base === 2 && spec.alternate && !isZero) prefix = spec.conversion === 0x42 ? '0B' : '0b';
  pad(spec, prefix, digits, spec.zero && spec.precision < 0 && !spec.left, out);
}

function renderPointer(spec: Spec, raw: bigint, out: ByteBuilder): void {
  if (raw === 0n) {
    spec.zero = false;
    return pad(spec, '', '(nil)', false, out);
  }
  let digits = raw.toString(16);
  if (spec.precision > digits.length) digits = digits.padStart(spec.precision, '0');
  pad(spec, signPrefix(spec, false) + '0x', digits, spec.zero && spec.precision < 0 && !spec.left, out);
}

function renderBytes(spec: Spec, bytes: Uint8Array, out: ByteBuilder): void {
  const fill = spec.width - bytes.length;
  if (!spec.left) out.pushRepeated(SPACE, fill);
  out.pushBytes(bytes);
  if (spec.left) out.pushRepeated(SPACE, fill);
}

const NULL_STRING = new TextEncoder().encode('(null)');

function renderString(spec: Spec, address: number, args: FormatArguments, out: ByteBuilder): void {
  if (address === 0) {
    // glibc shows "(null)" only when the precision leaves room for all of it
    return renderBytes(spec, spec.precision < 0 || spec.precision >= NULL_STRING.length ? NULL_STRING : new Uint8Array(0), out);
  }
  const limit = spec.precision < 0 ? Infinity : spec.precision;
  renderBytes(spec, args.readString(address, limit), out);
}

/** wcrtomb in the C locale: ASCII passes, anything else abandons the call. */
function narrowed(characters: ArrayLike<number>): Uint8Array {
  const bytes = new Uint8Array(characters.length);
  for (let i = 0; i < characters.length; i++) {
    if (characters[i] > LARGEST_C_LOCALE_CHARACTER) throw new IllegalSequence();
    bytes[i] = characters[i];
  }
  return bytes;
}

function renderWideString(spec: Spec, address: number, args: FormatArguments, out: ByteBuilder): void {
  if (address === 0) return renderString(spec, 0, args, out);
  // in the C locale each character is one byte, so the precision counts characters too
  const limit = spec.precision < 0 ? Infinity : spec.precision;
  renderBytes(spec, narrowed(args.readWideString(address, limit)), out);
}

function renderFloat(spec: Spec, value: BinaryFloat, out: ByteBuilder): void {
  const conversion = String.fromCharCode(spec.conversion);
  const upper = conversion === conversion.toUpperCase();
  const prefix = signPrefix(spec, value.negative);
  if (value.kind !== 'finite') {
    const word = value.kind === 'infinite' ? 'inf' : 'nan';
    return pad(spec, prefix, upper ? word.toUpperCase() : word, false, out);
  }
  const zeroPad = spec.zero && !spec.left;
  switch (conversion.toLowerCase()) {
    case 'f': {
      const precision = spec.precision < 0 ? 6 : spec.precision;
      const { integer, fraction } = fixedDigits(value, precision);
      return pad(spec, prefix, joinFixed(integer, fraction, spec.alternate), zeroPad, out);
    }
    case 'e': {
      const precision = spec.precision < 0 ? 6 : spec.precision;
      const { digits, exponent } = scientificDigits(value, precision);
      return pad(spec, prefix, joinScientific(digits, exponent, spec.alternate, upper), zeroPad, out);
    }
    case 'g': {
      const significant = spec.precision < 0 ? 6 : spec.precision === 0 ? 1 : spec.precision;
      const { digits, exponent, unroundedExponent } = scientificDigits(value, significant - 1);
      let body: string;
      if (spec.alternate && unroundedExponent < significant && exponent === significant) {
        // glibc picks fixed style before rounding; when rounding then carries into one digit
        // too many it switches to exponent style but keeps the fixed style's zero fraction digits
        body = joinScientific(digits[0], exponent, true, upper);
      } else if (exponent < significant && exponent >= -4) {
        const integer = exponent >= 0 ? digits.slice(0, exponent + 1) : '0';
        let fraction = exponent >= 0 ? digits.slice(exponent + 1) : '0'.repeat(-exponent - 1) + digits;
        if (!spec.alternate) fraction = fraction.replace(/0+$/, '');
        body = joinFixed(integer, fraction, spec.alternate);
      } else {
        let kept = digits;
        if (!spec.alternate) kept = kept[0] + kept.slice(1).replace(/0+$/, '');
        body = joinScientific(kept, exponent, spec.alternate, upper);
      }
      return pad(spec, prefix, body, zeroPad, out);
    }
    default: {
      const { lead, fraction, exponent } = hexDigits(value, spec.precision);
      const point = fraction !== '' || spec.alternate ? '.' : '';
      let body = `${lead}${point}${fraction}p${exponent < 0 ? '-' : '+'}${Math.abs(exponent)}`;
      if (upper) body = body.toUpperCase();
      return pad(spec, prefix + (upper ? '0X' : '0x'), body, zeroPad, out);
    }
  }
}

function joinFixed(integer: string, fraction: string, alternate: boolean): string {
  return fraction !== '' || alternate ? `${integer}.${fraction}` : integer;
}

function joinScientific(digits: string, exponent: number, alternate: boolean, upper: boolean): string {
  const mantissa = joinFixed(digits[0], digits.slice(1), alternate);
  const magnitude = Math.abs(exponent).toString().padStart(2, '0');
  return `${mantissa}${upper ? 'E' : 'e'}${exponent < 0 ? '-' : '+'}${magnitude}`;
}
