// Relative jumps and calls, encoded here rather than by Keystone so the short/near choice is
// nasm's: a jump is short when its target is known, in the same section and within rel8 reach
// (or when `short` is written); otherwise near. Calls and externals are always rel32.

import type { Expr } from '../expr/ast.ts';
import type { Value } from './value.ts';
import type { EncodedBytes } from './fixup.ts';

const CONDITION_CODES: Readonly<Record<string, number>> = {
  o: 0, no: 1, b: 2, c: 2, nae: 2, ae: 3, nb: 3, nc: 3, e: 4, z: 4, ne: 5, nz: 5, be: 6, na: 6, a: 7, nbe: 7,
  s: 8, ns: 9, p: 10, pe: 10, np: 11, po: 11, l: 12, nge: 12, ge: 13, nl: 13, le: 14, ng: 14, g: 15, nle: 15,
};

/** Branches that only exist with an 8-bit displacement. */
const SHORT_ONLY: Readonly<Record<string, number[]>> = {
  loop: [0xe2], loope: [0xe1], loopz: [0xe1], loopne: [0xe0], loopnz: [0xe0], jrcxz: [0xe3], jecxz: [0x67, 0xe3],
};

interface Opcodes { short: readonly number[]; near: readonly number[]; shortOnly: boolean }

/** Each branch mnemonic's opcode bytes, short and near (the same bytes when it has one form). */
const OPCODES = new Map<string, Opcodes>([
  ['call', { short: [0xe8], near: [0xe8], shortOnly: false }],
  ['jmp', { short: [0xeb], near: [0xe9], shortOnly: false }],
]);
for (const [mnemonic, op] of Object.entries(SHORT_ONLY)) OPCODES.set(mnemonic, { short: op, near: op, shortOnly: true });

/** The loops, which nasm lets name their counter: `loop top, ecx` counts in ecx (67h), `rcx` as plain. */
const LOOPS = ['loop', 'loope', 'loopz', 'loopne', 'loopnz'];
for (const mnemonic of LOOPS) {
  const op = [0x67, ...SHORT_ONLY[mnemonic]!];
  OPCODES.set(`${mnemonic} ecx`, { short: op, near: op, shortOnly: true });
}

/** The branch a loop with its counter written out is (`loop top, ecx`), or undefined for any other instruction. */
export function loopWithCounter(mnemonic: string, counter: string): string | undefined {
  if (!LOOPS.includes(mnemonic)) return undefined;
  return counter === 'rcx' ? mnemonic : counter === 'ecx' ? `${mnemonic} ecx` : undefined;
}
for (const [cc, code] of Object.entries(CONDITION_CODES)) OPCODES.set(`j${cc}`, { short: [0x70 + code], near: [0x0f, 0x80 + code], shortOnly: false });

export function isBranch(mnemonic: string): boolean {
  return OPCODES.has(mnemonic);
}

export type BranchSize = 'short' | 'near';

function opcode(mnemonic: string, size: BranchSize): readonly number[] {
  return OPCODES.get(mnemonic)![size];
}

export function canBeShort(mnemonic: string): boolean {
  return mnemonic !== 'call';
}

export function mustBeShort(mnemonic: string): boolean {
  return OPCODES.get(mnemonic)?.shortOnly === true;
}

/** `forward`: the target's expression when its label is not defined yet. */
export function encodeBranch(mnemonic: string, size: BranchSize, target: Value, forward?: Expr, fixupExpressions?: readonly Expr[]): EncodedBytes {
  const op = opcode(mnemonic, mnemonic === 'call' ? 'near' : size);
  const width = mnemonic === 'call' || (size === 'near' && !mustBeShort(mnemonic)) ? 4 : 1;
  const bytes = new Uint8Array(op.length + width);
  bytes.set(op);
  return { bytes, fixups: [{ position: op.length, width, value: target, pcRelative: true, signExtended: false, forward }], warnings: [], fixupExpressions };
}

export function branchLength(mnemonic: string, size: BranchSize): number {
  return opcode(mnemonic, mnemonic === 'call' ? 'near' : size).length + (mnemonic === 'call' || (size === 'near' && !mustBeShort(mnemonic)) ? 4 : 1);
}
