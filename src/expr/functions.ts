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
