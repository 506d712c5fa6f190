// The function-like operators an expression may call: float conversions, integer log2 and UTF
// string conversions. Each is spelled `__name__` or, as nasm 2.15+ spells it, `__?name?__`.

export const EXPRESSION_FUNCTIONS: ReadonlySet<string> = new Set([
  '__float8__', '__float16__', '__bfloat16__', '__float32__', '__float64__',
  '__float80m__', '__float80e__', '__float128l__', '__float128h__',
  '__ilog2e__', '__ilog2w__', '__ilog2f__', '__ilog2c__',
  '__utf16__', '__utf16le__', '__utf16be__', '__utf32__', '__utf32le__', '__utf32be__',
]);

/** `__?float64?__` and `__FLOAT64__` both mean `__float64__`; anything else gives undefined. */
export function expressionFunctionName(identifier: string): string | undefined {
  // Every function name starts with `__`; most identifiers are ruled out without a lowercase copy.
  if (identifier.charCodeAt(0) !== 95 || identifier.charCodeAt(1) !== 95) return undefined;
  const plain = identifier.toLowerCase().replace(/^__\?(.*)\?__$/, '__$1__');
  return EXPRESSION_FUNCTIONS.has(plain) ? plain : undefined;
}

export const ILOG2_NOT_POWER_OF_TWO = 'ilog2 argument is not a power of two';

/**
 * `__ilog2e__` and kin on a 64-bit value taken as unsigned: the logarithm (rounded down, or up
 * for `__ilog2c__`), and whether the argument was no power of two, which `e` makes an error and
 * `w` a warning.
 */
export function integerLog2(name: string, value: bigint): { log: bigint; inexact: boolean } {
  const v = BigInt.asUintN(64, value);
  const floor = v === 0n ? 0n : BigInt(v.toString(2).length - 1);
  const inexact = v === 0n || (v & (v - 1n)) !== 0n;
  return { log: name === '__ilog2c__' && inexact && v !== 0n ? floor + 1n : floor, inexact };
}

const UTF_FORMATS: Readonly<Record<string, { unit: 2 | 4; bigEndian: boolean }>> = {
  __utf16__: { unit: 2, bigEndian: false }, __utf16le__: { unit: 2, bigEndian: false }, __utf16be__: { unit: 2, bigEndian: true },
  __utf32__: { unit: 4, bigEndian: false }, __utf32le__: { unit: 4, bigEndian: false }, __utf32be__: { unit: 4, bigEndian: true },
};

export function isUtfFunction(name: string): boolean {
  return Object.hasOwn(UTF_FORMATS, name);
}

/** How nasm names a function in its messages: `__utf16__` as `__?utf16?__`. */
export function nasmSpelling(name: string): string {
  return name.replace(/^__(.*)__$/, '__?$1?__');
}

/** What nasm says when a UTF function's string is no UTF-8. */
export const invalidUtfInput = (name: string): string => `invalid input string to ${nasmSpelling(name)}`;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * `__utf16__("...")` and kin: the string's bytes read as UTF-8 and written out in UTF-16 or
 * UTF-32 of either byte order; undefined when the bytes are no UTF-8.
 */
export function utfEncode(name: string, bytes: Uint8Array): Uint8Array | undefined {
  const { unit, bigEndian } = UTF_FORMATS[name]!;
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
  const units: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const high = 0xd800 + ((code - 0x10000) >> 10);
    const low = 0xdc00 + ((code - 0x10000) & 0x3ff);
    if (unit === 4 || code < 0x10000) units.push(code);
    // nasm 2.16 writes a big-endian surrogate pair low half first; its objects are the reference
    else if (bigEndian) units.push(low, high);
    else units.push(high, low);
  }
  const out = new Uint8Array(units.length * unit);
  const view = new DataView(out.buffer);
  units.forEach((value, k) => {
    if (unit === 2) view.setUint16(k * 2, value, !bigEndian);
    else view.setUint32(k * 4, value, !bigEndian);
  });
  return out;
}
