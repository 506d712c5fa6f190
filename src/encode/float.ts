// Floating-point constants in data: the text of a NASM float and a width in bytes in, the
// little-endian bytes nasm writes out. The bits come from the expression stage's reading of float
// literals, which follows nasm's own arithmetic.

import { floatBits } from '../expr/float-bits.ts';

export { isFloatSpecial } from '../expr/float-bits.ts';

/** Encodes `text` (without sign) negated if `negative`, as a `size`-byte IEEE value; nasm's warnings go to `warnings`. */
export function encodeFloat(text: string, size: number, negative: boolean, warnings: string[] = []): Uint8Array {
  return littleEndian(floatBits(text, size, negative, warnings), size);
}

function littleEndian(value: bigint, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let v = value;
  for (let i = 0; i < size; i++) {
    bytes[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return bytes;
}
