// Floating-point literal text (`1.5`, `1e10`, `1.e+10`, `0x1.8p3`, `1_000.5`) to the bit pattern of
// an IEEE binary32 or binary64, for `__float32__(...)`/`__float64__(...)` in constant expressions.

/** The value of a float literal, or undefined if the text is not one this reader understands. */
export function readFloat(text: string): number | undefined {
  const clean = text.replace(/_/g, '');
  const hex = /^0[xh]([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i.exec(clean);
  if (hex) {
    const whole = hex[1] ?? '';
    const fraction = hex[2] ?? '';
    if (whole === '' && fraction === '') return undefined;
    const mantissa = BigInt('0x' + (whole + fraction || '0'));
    const exponent = Number(hex[3] ?? '0') - 4 * fraction.length;
    return Number(mantissa) * 2 ** exponent;
  }
  if (!/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(clean)) return undefined;
  return Number(clean);
}

export function float32Bits(value: number): bigint {
  const view = new DataView(new ArrayBuffer(4));
  view.setFloat32(0, value, true);
  return BigInt(view.getUint32(0, true));
}

export function float64Bits(value: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value, true);
  return view.getBigUint64(0, true);
}
