// scanf's matching, as glibc does it: a format string's bytes and an input (a stream or a
// string, one byte of look-ahead) in; conversions stored through `ScanTargets`; the number of
// assignments out, or EOF when input ran out before the first conversion.

import { parseFloat64 } from './float-parse.ts';
import { isSpaceByte, parseInteger } from './number-parse.ts';

export interface ScanInput {
  /** The next byte without taking it, or -1 at end of input. */
  peek(): number;
  take(): void;
}

export type StoreSize = 1 | 2 | 4 | 8;

export interface ScanTargets {
  nextPointer(): number;
  storeInteger(address: number, size: StoreSize, value: bigint): void;
  /** `size` 4: float, 8: double, 10: long double. */
  storeFloat(address: number, size: 4 | 8 | 10, value: number): void;
  /** The bytes, plus a NUL when `terminate`. */
  storeBytes(address: number, bytes: Uint8Array, terminate: boolean): void;
}

export const SCAN_EOF = -1;
const PERCENT = 0x25;

const LENGTHS: Record<string, StoreSize> = { hh: 1, h: 2, l: 8, ll: 8, q: 8, j: 8, z: 8, t: 8, L: 8 };

/** Bytes of one conversion's text, collected up to the width. */
class Collector {
  readonly bytes: number[] = [];
  constructor(
    private readonly input: ScanInput,
    private readonly width: number,
  ) {}

  get full(): boolean {
    return this.bytes.length >= this.width;
  }

  /** The next byte, or -1 at end of input or when the width is used up. */
  peek(): number {
    return this.full ? -1 : this.input.peek();
  }

  /** Takes the next byte if there is room and `accept` likes it. */
  accept(test: (byte: number) => boolean): boolean {
    if (this.full) return false;
    const byte = this.input.peek();
    if (byte < 0 || !test(byte)) return false;
    this.bytes.push(byte);
    this.input.take();
    return true;
  }
}

const isDigitIn = (base: number) => (byte: number) => {
  const l = byte | 0x20;
  const value = byte >= 0x30 && byte <= 0x39 ? byte - 0x30 : l >= 0x61 && l <= 0x7a ? l - 0x61 + 10 : 99;
  return value < base;
};
const is = (...chars: string[]) => (byte: number) => chars.some((c) => c.charCodeAt(0) === byte);

/** Reads an integer's text for base 10, 8, 16 or 0 (%i); returns it and the base to parse with. */
function collectInteger(collector: Collector, base: number): { text: Uint8Array; base: number } | undefined {
  collector.accept(is('+', '-'));
  if (base === 0 || base === 16) {
    if (collector.accept(is('0'))) {
      if (collector.accept(is('x', 'X'))) base = 16;
      else if (base === 0) base = 8;
      // a lone "0" (or "0x" with no digits after it) is still a zero
      while (collector.accept(isDigitIn(base)));
      return { text: Uint8Array.from(collector.bytes), base };
    }
    if (base === 0) base = 10;
  }
  let digits = 0;
  while (collector.accept(isDigitIn(base))) digits++;
  if (digits === 0) return undefined;
  return { text: Uint8Array.from(collector.bytes), base };
}

function collectFloat(collector: Collector): Uint8Array | undefined {
  collector.accept(is('+', '-'));
  const lower = (byte: number) => byte | 0x20;
  const word = (text: string) => {
    for (const c of text) if (!collector.accept((b) => lower(b) === c.charCodeAt(0))) return false;
    return true;
  };
  const first = lower(Math.max(0, collector.peek()));
  if (first === 0x69) return word('inf') ? (word('inity'), Uint8Array.from(collector.bytes)) : undefined;
  if (first === 0x6e) return word('nan') ? Uint8Array.from(collector.bytes) : undefined;
  let hex = false;
  let digits = 0;
  if (collector.accept(is('0'))) {
    digits++;
    hex = collector.accept(is('x', 'X'));
  }
  const isMantissaDigit = hex ? isDigitIn(16) : isDigitIn(10);
  while (collector.accept(isMantissaDigit)) digits++;
  if (collector.accept(is('.'))) while (collector.accept(isMantissaDigit)) digits++;
  if (digits === 0) return undefined;
  if (collector.accept(hex ? is('p', 'P') : is('e', 'E'))) {
    collector.accept(is('+', '-'));
    while (collector.accept(isDigitIn(10)));
  }
  return Uint8Array.from(collector.bytes);
}

/** The byte set of a %[...] conversion; returns it and the index after the `]`. */
function parseSet(format: Uint8Array, start: number): { set: Uint8Array; end: number } | undefined {
  let at = start;
  let negate = false;
  if (format[at] === 0x5e) {
    negate = true;
    at++;
  }
  const set = new Uint8Array(256);
  let first = true;
  for (; at < format.length; at++) {
    const c = format[at];
    if (c === 0x5d && !first) break;
    first = false;
    if (format[at + 1] === 0x2d && at + 2 < format.length && format[at + 2] !== 0x5d && format[at + 2] >= c) {
      set.fill(1, c, format[at + 2] + 1);
      at += 2;
    } else {
      set[c] = 1;
    }
  }
  if (at >= format.length) return undefined;
  if (negate) for (let i = 0; i < 256; i++) set[i] ^= 1;
  return { set, end: at + 1 };
}

function skipSpace(input: ScanInput): void {
  for (let byte = input.peek(); byte >= 0 && isSpaceByte(byte); byte = input.peek()) input.take();
}

export function scanFormatted(format: Uint8Array, input: ScanInput, targets: ScanTargets): number {
  let assigned = 0;
  let consumed = 0;
  let conversions = 0;
  const counting: ScanInput = {
    peek: () => input.peek(),
    take: () => {
      consumed++;
      input.take();
    },
  };
  const inputFailure = () => (conversions === 0 && assigned === 0 ? SCAN_EOF : assigned);
  let at = 0;
  while (at < format.length) {
    const c = format[at];
    if (isSpaceByte(c)) {
      skipSpace(counting);
      at++;
      continue;
    }
    if (c !== PERCENT) {
      const next = counting.peek();
      if (next < 0) return inputFailure();
      if (next !== c) return assigned;
      counting.take();
      at++;
      continue;
    }
    at++;
    let suppress = false;
    if (format[at] === 0x2a) {
      suppress = true;
      at++;
    }
    let width = 0;
    while (format[at] >= 0x30 && format[at] <= 0x39) width = width * 10 + format[at++] - 0x30;
    let length = '';
    while (at < format.length && 'hlLqjzt'.includes(String.fromCharCode(format[at]))) length += String.fromCharCode(format[at++]);
    if (at >= format.length) return assigned;
    const conversion = String.fromCharCode(format[at++]);
    const size: StoreSize = length === '' ? 4 : LENGTHS[length] ?? 8;
    if (conversion === '%') {
      skipSpace(counting);
      if (counting.peek() < 0) return inputFailure();
      if (counting.peek() !== PERCENT) return assigned;
      counting.take();
      continue;
    }
    if (conversion === 'n') {
      if (!suppress) targets.storeInteger(targets.nextPointer(), size, BigInt(consumed));
      continue;
    }
    if (conversion !== 'c' && conversion !== '[') skipSpace(counting);
    if (counting.peek() < 0) return inputFailure();
    const collector = new Collector(counting, width === 0 ? (conversion === 'c' ? 1 : Infinity) : width);
    conversions++;
    switch (conversion) {
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'p': {
        const base = conversion === 'd' || conversion === 'u' ? 10 : conversion === 'i' ? 0 : conversion === 'o' ? 8 : 16;
        const collected = collectInteger(collector, base);
        if (collected === undefined) return assigned;
        if (suppress) break;
        const { value } = parseInteger(collected.text, collected.base, conversion === 'd' || conversion === 'i');
        targets.storeInteger(targets.nextPointer(), conversion === 'p' ? 8 : size, value);
        assigned++;
        break;
      }
      case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A': {
        const text = collectFloat(collector);
        if (text === undefined) return assigned;
        if (suppress) break;
        const floatSize = length === 'L' || length === 'q' ? 10 : length === 'l' ? 8 : 4;
        targets.storeFloat(targets.nextPointer(), floatSize, parseFloat64(text).value);
        assigned++;
        break;
      }
      case 's': case 'c': case '[': {
        let accepts: (byte: number) => boolean;
        if (conversion === '[') {
          const parsed = parseSet(format, at);
          if (parsed === undefined) return assigned;
          at = parsed.end;
          accepts = (byte) => parsed.set[byte] === 1;
        } else {
          accepts = conversion === 's' ? (byte) => !isSpaceByte(byte) : () => true;
        }
        while (collector.accept(accepts));
        if (collector.bytes.length === 0) return assigned;
        if (suppress) break;
        // %c stores exactly the bytes it read; %s and %[ add the terminating NUL.
        targets.storeBytes(targets.nextPointer(), Uint8Array.from(collector.bytes), conversion !== 'c');
        assigned++;
        break;
      }
      default:
        return assigned;
    }
  }
  return assigned;
}
