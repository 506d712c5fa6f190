// The on-disk program format, both ways: encodeProgram turns a Program into file bytes and
// decodeProgram checks and decodes them, rejecting foreign files, unknown versions, unknown
// opcodes and truncated operands with a message that names the byte offset.
//
// Layout (all integers little-endian):
//   0  4  magic "SVM\0" (53 56 4d 00)
//   4  1  format version (SVM_VERSION)
//   5  1  flags, must be 0
//   6  2  reserved, must be 0
//   8  4  code size in bytes
//  12  .. code: per instruction one opcode byte, then a 4-byte signed operand if the opcode has one

import { hasOperand, opcodeInfo } from './isa.ts';
import { InputError } from './diagnostic.ts';
import type { Program } from './program.ts';

export const SVM_MAGIC = [0x53, 0x56, 0x4d, 0x00] as const;
export const SVM_VERSION = 1;
export const SVM_HEADER_SIZE = 12;
export const SVM_OPERAND_SIZE = 4;

export function encodeProgram(program: Program): Uint8Array {
  let codeSize = 0;
  for (const op of program.ops) codeSize += hasOperand(op) ? 1 + SVM_OPERAND_SIZE : 1;
  const bytes = new Uint8Array(SVM_HEADER_SIZE + codeSize);
  const view = new DataView(bytes.buffer);
  bytes.set(SVM_MAGIC, 0);
  bytes[4] = SVM_VERSION;
  view.setUint32(8, codeSize, true);
  let at = SVM_HEADER_SIZE;
  program.ops.forEach((op, i) => {
    bytes[at++] = op;
    if (hasOperand(op)) {
      view.setInt32(at, program.operands[i], true);
      at += SVM_OPERAND_SIZE;
    }
  });
  return bytes;
}

const hex = (n: number): string => `0x${n.toString(16)}`;

/** Decodes a whole file; `file` names it in error messages. Throws InputError on bad input. */
export function decodeProgram(bytes: Uint8Array, file: string): Program {
  const fail = (message: string): never => {
    throw new InputError([{ file, line: 0, message }]);
  };
  if (bytes.length < SVM_HEADER_SIZE || SVM_MAGIC.some((b, i) => bytes[i] !== b)) {
    const looksLikeText = bytes.length > 0 && bytes.every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127));
    fail(
      looksLikeText
        ? 'not a sched-vm binary (no SVM magic); this looks like source text: assemble it with `sched-vm asm`'
        : 'not a sched-vm binary (no SVM magic)',
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[4] !== SVM_VERSION) fail(`unsupported format version ${bytes[4]} (this sched-vm reads version ${SVM_VERSION})`);
  if (bytes[5] !== 0 || view.getUint16(6, true) !== 0) fail('reserved header bytes 5..7 are not zero');
  const codeSize = view.getUint32(8, true);
  const end = SVM_HEADER_SIZE + codeSize;
  if (end > bytes.length) fail(`truncated file: header says ${codeSize} code bytes, file has ${bytes.length - SVM_HEADER_SIZE}`);
  if (end < bytes.length) fail(`${bytes.length - end} stray bytes after the code`);
  if (codeSize === 0) fail('program has no instructions');

  const ops: number[] = [];
  const operands: number[] = [];
  let at = SVM_HEADER_SIZE;
  while (at < end) {
    const op = bytes[at];
    if (opcodeInfo(op) === undefined) fail(`unknown opcode ${hex(op)} at offset ${hex(at)}`);
    if (hasOperand(op)) {
      if (at + 1 + SVM_OPERAND_SIZE > end) {
        fail(`truncated operand of ${opcodeInfo(op)!.mnemonic} at offset ${hex(at)}`);
      }
      operands.push(view.getInt32(at + 1, true));
      at += 1 + SVM_OPERAND_SIZE;
    } else {
      operands.push(0);
      at += 1;
    }
    ops.push(op);
  }
  return { ops: Uint8Array.from(ops), operands: Int32Array.from(operands) };
}
