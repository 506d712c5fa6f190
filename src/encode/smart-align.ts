// The padding `align` makes once `%use smartalign` is in force, as nasm's package makes it: the
// fewest long NOPs the chosen processor family runs well, or, past the jump threshold, a jump over
// one-byte NOPs.

import type { SmartAlignMode } from '../parse/program.ts';

const NOP = 0x90;

/** Each mode's NOPs of one to the longest length it uses, in 64-bit code. */
const OPERAND_SIZE_NOPS = [[NOP], [0x66, NOP], [0x66, 0x66, NOP], [0x66, 0x66, 0x66, NOP]];
const NOPS_BY_LENGTH: Readonly<Record<SmartAlignMode, readonly (readonly number[])[]>> = {
  nop: [[NOP]],
  generic: OPERAND_SIZE_NOPS,
  k7: OPERAND_SIZE_NOPS,
  k8: OPERAND_SIZE_NOPS,
  p6: [
    [NOP],
    [0x66, NOP],
    [0x0f, 0x1f, 0x00],
    [0x0f, 0x1f, 0x40, 0x00],
    [0x0f, 0x1f, 0x44, 0x00, 0x00],
    [0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00],
    [0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00],
    [0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
  ],
};

const SHORT_JUMP = 0xeb;
const NEAR_JUMP = 0xe9;

/** `length` bytes of padding for `mode`: a jump over one-byte NOPs when longer than `jumpThreshold`. */
export function smartPadding(length: number, mode: SmartAlignMode, jumpThreshold: number): Uint8Array {
  const bytes = new Uint8Array(length).fill(NOP);
  if (length > jumpThreshold) {
    if (length - 2 <= 127) {
      bytes[0] = SHORT_JUMP;
      bytes[1] = length - 2;
    } else {
      bytes[0] = NEAR_JUMP;
      new DataView(bytes.buffer).setInt32(1, length - 5, true);
    }
    return bytes;
  }
  const nops = NOPS_BY_LENGTH[mode];
  const longest = nops[nops.length - 1]!;
  let at = 0;
  for (; at + longest.length <= length; at += longest.length) bytes.set(longest, at);
  if (at < length) bytes.set(nops[length - at - 1]!, at);
  return bytes;
}
