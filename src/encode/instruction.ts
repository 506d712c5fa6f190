// One non-branch instruction to bytes: operands (evaluated against the current symbol values) are
// rendered as Keystone text with numeric slots, after applying nasm's own choices (`mov rax, 1`
// as `mov eax, 1`, `[rax*2]` as `[rax+rax]`, rip-relative under `default rel`, sign-extended imm8
// forms); the template's fields then receive the values, or zeros plus a fixup for relocations.

import type { Statement, Operand, MemoryOperand, ImmediateOperand } from '../parse/program.ts';
import { lookupRegister } from '../parse/registers.ts';
import type { Expr } from '../expr/ast.ts';
import { isConstant, type Value } from './value.ts';
import type { EncodedBytes, Fixup } from './fixup.ts';
import { KeystoneError, slotClass, type SlotClass, type TemplateEncoder } from './keystone.ts';

type Instruction = Extract<Statement, { kind: 'instruction' }>;

export interface InstructionContext {
  evaluate(expr: Expr): Value;
  defaultRel: boolean;
}

export class EncodeError extends Error {}

interface Slot {
  cls: SlotClass;
  value: Value;
  pcRelative: boolean;
  signExtended: boolean;
}

const SIZE_NAMES: Readonly<Record<number, string>> = { 1: 'byte', 2: 'word', 4: 'dword', 8: 'qword', 10: 'tword', 16: 'oword', 32: 'yword', 64: 'zword' };

/** Prefixes Keystone spells as nasm does; the others only change sizes it already infers. */
const KEYSTONE_PREFIXES = new Set(['lock', 'rep', 'repe', 'repz', 'repne', 'repnz', 'xacquire', 'xrelease', 'bnd']);

const NARROW_REGISTER: Readonly<Record<string, string>> = {
  rax: 'eax', rcx: 'ecx', rdx: 'edx', rbx: 'ebx', rsp: 'esp', rbp: 'ebp', rsi: 'esi', rdi: 'edi',
  r8: 'r8d', r9: 'r9d', r10: 'r10d', r11: 'r11d', r12: 'r12d', r13: 'r13d', r14: 'r14d', r15: 'r15d',
};

const truncateToSize = (value: bigint, size: number): bigint => BigInt.asIntN(size * 8, value);

export function encodeInstruction(instruction: Instruction, context: InstructionContext, encoder: TemplateEncoder): EncodedBytes {
  const warnings: string[] = [];
  const slots: Slot[] = [];
  const operands = instruction.operands;
  const operandSize = inferOperandSize(operands);
  const pushLike = instruction.mnemonic === 'push';
  const rendered: string[] = [];
  let absoluteMemory = false;

  for (const [index, operand] of operands.entries()) {
    if (operand.kind === 'register') {
      rendered.push(operand.register.name);
    } else if (operand.kind === 'memory') {
      const { text, absolute } = renderMemory(operand, context, slots, warnings);
      absoluteMemory ||= absolute;
      rendered.push(text);
    } else {
      rendered.push(renderImmediate(instruction, index, operand, operandSize, pushLike, context, slots, rendered));
    }
  }
  if (operands.length === 2 && operands[0]!.kind === 'memory' && operands[0]!.size === undefined && operands[1]!.kind === 'immediate' && operands[1]!.size === undefined) {
    throw new EncodeError('operation size not specified');
  }

  const prefixes = instruction.prefixes.filter((p) => KEYSTONE_PREFIXES.has(p));
  const text = [...prefixes, instruction.mnemonic].join(' ') + (rendered.length ? ' ' + rendered.join(', ') : '');
  let template;
  try {
    template = encoder.encode(text, slots.map((s) => s.cls));
  } catch (error) {
    if (error instanceof KeystoneError) {
      throw new EncodeError(error.invalidMnemonic ? 'parser: instruction expected' : 'invalid combination of opcode and operands');
    }
    throw error;
  }
  let bytes: Uint8Array = Uint8Array.from(template.bytes);
  let fields = template.fields;
  if (absoluteMemory) ({ bytes, fields } = avoidMoffs(bytes, fields));
  const fixups: Fixup[] = [];
  slots.forEach((slot, i) => {
    const field = fields[i]!;
    if (isConstant(slot.value) && !slot.pcRelative && slot.value.wrt === undefined) {
      writeLittleEndian(bytes, field.position, field.width, slot.value.constant);
    } else {
      writeLittleEndian(bytes, field.position, field.width, 0n);
      fixups.push({ position: field.position, width: field.width, value: slot.value, pcRelative: slot.pcRelative, signExtended: slot.signExtended });
    }
  });
  return { bytes, fixups, warnings };
}

function inferOperandSize(operands: readonly Operand[]): number | undefined {
  for (const operand of operands) {
    if (operand.kind === 'register' && operand.register.regClass === 'gpr') return operand.register.size;
    if (operand.kind === 'memory' && operand.size !== undefined) return operand.size;
  }
  for (const operand of operands) if (operand.kind === 'immediate' && operand.size !== undefined) return operand.size;
  return undefined;
}

function renderImmediate(
  instruction: Instruction, index: number, operand: ImmediateOperand, operandSize: number | undefined, pushLike: boolean,
  context: InstructionContext, slots: Slot[], rendered: string[],
): string {
  const value = context.evaluate(operand.value);
  const size = operandSize ?? operand.size;
  const relocatable = !isConstant(value) || value.wrt !== undefined;
  const movToRegister64 = instruction.mnemonic === 'mov' && index === 1 && instruction.operands[0]!.kind === 'register' &&
    instruction.operands[0]!.register.size === 8 && instruction.operands[0]!.register.regClass === 'gpr';
  const signExtended = size === 8 || pushLike;
  let cls: SlotClass;
  let shown = value;
  if (relocatable) {
    cls = movToRegister64 && !(operand.strict && operand.size === 4) ? 'i64' : size === 1 ? 'u8' : size === 2 ? 'u16' : 'i32';
  } else if (operand.strict && operand.size !== undefined) {
    cls = operand.size === 1 ? 'i8' : operand.size === 2 ? 'i16' : operand.size === 4 ? 'i32' : 'i64';
  } else {
    let constant = value.constant;
    if (size !== undefined && size < 8) constant = truncateToSize(constant, size);
    if (movToRegister64 && value.constant >= 0n && value.constant <= 0xffffffffn) {
      // nasm's optimizer: a 32-bit move zero-extends, so `mov rax, 1` becomes `mov eax, 1`
      const register = instruction.operands[0]!;
      if (register.kind === 'register') rendered[0] = NARROW_REGISTER[register.register.name] ?? register.register.name;
      constant = truncateToSize(constant, 4);
      cls = 'i32';
    } else {
      cls = slotClass(constant);
    }
    shown = { ...value, constant };
  }
  slots.push({ cls, value: shown, pcRelative: false, signExtended });
  const keyword = operand.strict && operand.size !== undefined ? `${SIZE_NAMES[operand.size]} ` : '';
  return `${keyword}{${slots.length - 1}}`;
}

function renderMemory(operand: MemoryOperand, context: InstructionContext, slots: Slot[], warnings: string[]): { text: string; absolute: boolean } {
  const size = operand.size !== undefined ? `${SIZE_NAMES[operand.size] ?? ''} ` : '';
  const segment = operand.segment ? `${operand.segment}:` : '';
  let base = operand.base?.name;
  let index = operand.index?.name;
  let scale = operand.scale;
  const displacement = operand.displacement ? context.evaluate(operand.displacement) : undefined;
  const relocatable = displacement !== undefined && (!isConstant(displacement) || displacement.wrt !== undefined);
  if (base === undefined && index === undefined) {
    const wantsRel = operand.addressing === 'rel' || (operand.addressing === undefined && context.defaultRel && operand.segment !== 'fs' && operand.segment !== 'gs');
    if (wantsRel && relocatable) {
      slots.push({ cls: 'i32', value: displacement!, pcRelative: true, signExtended: true });
      return { text: `${size}[${segment}rel {${slots.length - 1}}]`, absolute: false };
    }
    if (wantsRel && displacement !== undefined && !displacement.unknown) warnings.push('absolute address can not be RIP-relative');
    const value = displacement ?? { constant: 0n, terms: new Map(), unknown: false };
    slots.push({ cls: 'i32', value, pcRelative: false, signExtended: true });
    return { text: `${size}[${segment}abs {${slots.length - 1}}]`.replace('abs ', ''), absolute: true };
  }
  if (base === undefined && index !== undefined && !operand.nosplit && [2, 3, 5, 9].includes(scale)) {
    base = index;
    scale -= 1;
  } else if (base === undefined && index !== undefined && scale === 1) {
    base = index;
    index = undefined;
  }
  let address = base ?? '';
  if (index !== undefined) address += `${address ? '+' : ''}${index}*${scale}`;
  if (displacement !== undefined && (relocatable || displacement.constant !== 0n || operand.displacementSize !== undefined)) {
    const forced = operand.displacementSize;
    const cls: SlotClass = relocatable || forced === 4 || forced === 8 ? 'i32' : forced === 1 ? 'i8' : slotClass(displacement.constant) === 'i8' ? 'i8' : 'i32';
    if (!relocatable && cls === 'i32' && slotClass(displacement.constant) === 'i64') throw new EncodeError('invalid effective address: impossible displacement');
    slots.push({ cls, value: displacement, pcRelative: false, signExtended: true });
    address += `+{${slots.length - 1}}`;
  }
  if (base === undefined) address = address || '0';
  return { text: `${size}[${segment}${address}]`, absolute: false };
}

/** Keystone writes `mov rax, [abs]` as the moffs form (A0–A3); nasm uses ModRM with a SIB disp32. */
function avoidMoffs(bytes: Uint8Array, fields: { position: number; width: number }[]): { bytes: Uint8Array; fields: { position: number; width: number }[] } {
  let i = 0;
  while (i < bytes.length && (bytes[i] === 0x66 || bytes[i] === 0x67 || bytes[i] === 0x64 || bytes[i] === 0x65 || (bytes[i]! & 0xf0) === 0x40)) i++;
  const op = bytes[i]!;
  if (op < 0xa0 || op > 0xa3) return { bytes, fields };
  const opcode = [0x8a, 0x8b, 0x88, 0x89][op - 0xa0]!;
  const prefix = Array.from(bytes.subarray(0, i)).filter((b) => b !== 0x67);
  const result = Uint8Array.from([...prefix, opcode, 0x04, 0x25, 0, 0, 0, 0]);
  return { bytes: result, fields: fields.map(() => ({ position: prefix.length + 3, width: 4 })) };
}

export function writeLittleEndian(bytes: Uint8Array, position: number, width: number, value: bigint): void {
  let v = BigInt.asUintN(width * 8, value);
  for (let i = 0; i < width; i++) {
    bytes[position + i] = Number(v & 0xffn);
    v >>= 8n;
  }
}

export { lookupRegister };
