// `db`/`dw`/`dd`/`dq`/`dt`/`do`/`dy`/`dz` lines to bytes: integers little-endian in the unit size
// (with nasm's overflow warning), strings padded to whole units, floats in the IEEE format of the
// unit size, and a fixup for every item that refers to a symbol.

import type { Statement } from '../parse/program.ts';
import type { Expr } from '../expr/ast.ts';
import { isConstant, type Value } from './value.ts';
import { floatLiteral } from '../expr/float-bits.ts';
import { encodeFloat } from './float.ts';
import { NO_FIXUPS, type EncodedBytes, type Fixup } from './fixup.ts';
import { writeLittleEndian, EncodeError, overflowsField } from './instruction.ts';

type DataStatement = Extract<Statement, { kind: 'data' }>;

const UNIT_NAMES: Readonly<Record<number, string>> = { 1: 'byte', 2: 'word', 4: 'dword', 8: 'qword', 10: 'tword', 16: 'oword', 32: 'yword', 64: 'zword' };

export function encodeData(statement: DataStatement, evaluate: (expr: Expr) => Value): EncodedBytes {
  const unit = statement.unitSize;
  let fixups: Fixup[] | undefined;
  const warnings: string[] = [];
  let length = 0;
  const items = statement.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    length += item.kind === 'string' ? paddedLength(item.bytes.length, unit) : unit;
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'string') {
      bytes.set(item.bytes, at);
      at += paddedLength(item.bytes.length, unit);
      continue;
    }
    if (item.kind === 'uninitialized') {
      at += unit;
      continue;
    }
    const literal = floatLiteral(item.value);
    if (literal && unit === 10 && /^(?:[0-9_]+p|0p[0-9_]+)$/i.test(literal.text)) {
      bytes.set(packedBcd(literal.text, literal.negative, warnings), at);
      at += unit;
      continue;
    }
    if (literal) {
      if (unit > 16) throw new EncodeError(`no ${unit * 8}-bit floating-point format supported`);
      bytes.set(encodeFloat(literal.text, unit, literal.negative, warnings), at);
      at += unit;
      continue;
    }
    // dt, do, dy and dz hold floats (and strings); nasm has no integers that wide
    if (unit > 8) throw new EncodeError(`integer supplied as ${unit * 8}-bit data`);
    const value = evaluate(item.value);
    if (isConstant(value) && value.wrt === undefined) {
      if (unit < 8 && overflowsField(value.constant, unit)) warnings.push(`${UNIT_NAMES[unit]} data exceeds bounds [-w+number-overflow]`);
      writeLittleEndian(bytes, at, unit, value.constant);
    } else {
      if (unit !== 1 && unit !== 2 && unit !== 4 && unit !== 8) throw new EncodeError(`relocatable value in \`${UNIT_NAMES[unit]}' data is not supported`);
      (fixups ??= []).push({ position: at, width: unit, value, pcRelative: false, signExtended: false });
    }
    at += unit;
  }
  return { bytes, fixups: fixups ?? NO_FIXUPS, warnings };
}

/** A string fills whole units; an empty one none, as in nasm. */
const paddedLength = (length: number, unit: number): number => Math.ceil(length / unit) * unit;

/** `dt 123p`: an x87 packed BCD integer, two digits a byte from the least significant, sign in byte 9. */
function packedBcd(text: string, negative: boolean, warnings: string[]): Uint8Array {
  const digits = text.replace(/^0p|p$/i, '').replace(/_/g, '');
  const bytes = new Uint8Array(10);
  if (digits.length > 18) warnings.push('packed BCD truncated to 18 digits [-w+other]');
  const kept = digits.slice(-18);
  for (let i = 0; i < kept.length; i++) {
    const digit = Number(kept[kept.length - 1 - i]);
    bytes[i >> 1]! |= i % 2 === 0 ? digit : digit << 4;
  }
  if (negative) bytes[9] = 0x80;
  return bytes;
}
