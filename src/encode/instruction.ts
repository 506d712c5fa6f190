// One non-branch instruction to bytes: operands (evaluated against the current symbol values) are
// rendered as Keystone text with numeric slots, after applying nasm's own choices (`mov rax, 1`
// as `mov eax, 1`, `[rax*2]` as `[rax+rax]`, rip-relative under `default rel`, sign-extended imm8
// forms); the template's fields then receive the values, or zeros plus a fixup for relocations.

import type { Statement, Operand, MemoryOperand, ImmediateOperand, RegisterOperand } from '../parse/program.ts';
import { GENERAL_REGISTER_FAMILIES } from '../parse/registers.ts';
import { lookupKeyword } from '../parse/keywords.ts';
import { COMMON_MNEMONICS, OPERANDLESS_INSTRUCTIONS, X87_ARITHMETIC } from '../parse/words.ts';
import type { Expr } from '../expr/ast.ts';
import { isConstant, type Value } from './value.ts';
import { NO_FIXUPS, type EncodedBytes, type Fixup } from './fixup.ts';
import { KeystoneError, slotClass, type SlotClass, type Template, type TemplateEncoder } from './keystone.ts';

type Instruction = Extract<Statement, { kind: 'instruction' }>;

export interface InstructionContext {
  evaluate(expr: Expr): Value;
  defaultRel: boolean;
}

export class EncodeError extends Error {}

const INVALID_OPERANDS = 'invalid combination of opcode and operands';

interface Slot {
  cls: SlotClass;
  expr: Expr | undefined;
  /** A displacement's width follows from its class; an immediate's from the template. */
  displacement?: boolean;
  value: Value;
  pcRelative: boolean;
  signExtended: boolean;
}

/** Size keywords as Keystone spells them (nasm's `oword`/`tword` are its `xmmword`/`tbyte`). */
const SIZE_NAMES: Readonly<Record<number, string>> = { 1: 'byte', 2: 'word', 4: 'dword', 8: 'qword', 10: 'tbyte', 16: 'xmmword', 32: 'ymmword', 64: 'zmmword' };

/** SSE instructions writing a general register that nasm encodes with REX.W when it is a 64-bit one. */
const REX_W_FOR_QUADWORD_DESTINATION: ReadonlySet<string> = new Set(['pextrw', 'movmskps', 'movmskpd']);

/** Register classes of SSE/AVX operands, whose instructions may carry 66h as part of the opcode. */
const VECTOR_CLASSES: ReadonlySet<string> = new Set(['xmm', 'ymm', 'zmm']);

/** Prefixes Keystone spells as nasm does; the others only change sizes it already infers. */
const KEYSTONE_PREFIXES = new Set(['lock', 'rep', 'repe', 'repz', 'repne', 'repnz']);

/** Prefixes Keystone refuses in its text: the hints nasm writes first, before any lock. */
const HINT_PREFIXES: Readonly<Record<string, number>> = { xacquire: 0xf2, xrelease: 0xf3, bnd: 0xf2 };


/** A general register's name at another width: 4 or 8 bytes. */
const REGISTER_AT_WIDTH: Readonly<Record<number, Readonly<Record<string, string>>>> = {
  4: Object.fromEntries(GENERAL_REGISTER_FAMILIES.flatMap((names) => names.map((name) => [name, names[2]!]))),
  8: Object.fromEntries(GENERAL_REGISTER_FAMILIES.flatMap((names) => names.map((name) => [name, names[3]!]))),
};

/**
 * `movd qword [m], mm` (and the load): nasm encodes movd's own opcode with REX.W, which Keystone
 * only reaches as the dword form with that prefix added.
 */
const isQuadwordMmxMovd = ({ mnemonic, operands }: Instruction): boolean =>
  mnemonic === 'movd' && operands.some((o) => o.kind === 'memory' && o.size === 8) && operands.some((o) => o.kind === 'register' && o.register.regClass === 'mmx');

function isSegmentMove({ mnemonic, operands }: Instruction): boolean {
  if (mnemonic !== 'mov') return false;
  for (let i = 0; i < operands.length; i++) {
    const operand = operands[i]!;
    if (operand.kind === 'register' && operand.register.regClass === 'segment') return true;
  }
  return false;
}

/** Forms whose `qword` memory operand Keystone is given without that size, nasm's REX.W added after. */
const takesRexWForQuadwordMemory = (instruction: Instruction): boolean =>
  (instruction.mnemonic === 'movd' || instruction.mnemonic === 'mov') &&
  (isQuadwordMmxMovd(instruction) || (isSegmentMove(instruction) && instruction.operands.some((o) => o.kind === 'memory' && o.size === 8)));

/** lar and lsl read a word selector whatever their destination; nasm writes it at the destination's width. */
const isSelectorLoad = ({ mnemonic, operands }: Instruction): boolean =>
  (mnemonic === 'lar' || mnemonic === 'lsl') && operands[0]?.kind === 'register' && operands[0].register.size >= 4;

/**
 * The width a narrow register source is spelled at for Keystone to give nasm's bytes: 32 bits for
 * the byte or word pinsrb and pinsrw insert; for the selector of lar and lsl, the width Keystone
 * takes with a wider destination (lar's source always 32-bit, lsl's the destination's); undefined
 * elsewhere.
 */
function widenedWidth(instruction: Instruction, index: number): number | undefined {
  const operand = instruction.operands[index]!;
  if (operand.kind !== 'register' || operand.register.regClass !== 'gpr') return undefined;
  if (isSelectorLoad(instruction)) {
    if (index !== 1) return undefined;
    return instruction.mnemonic === 'lar' ? 4 : (instruction.operands[0] as RegisterOperand).register.size;
  }
  if (operand.register.size >= 4) return undefined;
  return ['pinsrb', 'pinsrw', 'vpinsrb', 'vpinsrw'].includes(instruction.mnemonic) ? 4 : undefined;
}

const SEGMENT_PREFIXES: Readonly<Record<string, number>> = { es: 0x26, cs: 0x2e, ss: 0x36, ds: 0x3e, fs: 0x64, gs: 0x65 };

/** Overrides the CPU ignores in 64-bit mode; nasm still emits them, with a warning. */
const IGNORED_SEGMENTS = new Set(['es', 'cs', 'ss', 'ds']);

const NARROWING_CONVERSIONS = new Set(['vcvtpd2ps', 'vcvtpd2dq', 'vcvttpd2dq']);

const ACCUMULATORS = new Set(['al', 'ax', 'eax', 'rax']);

const DISPLACEMENT_WIDTHS: Partial<Record<SlotClass, number>> = { i8: 1, i32: 4, i64: 8 };

const SHIFTS = new Set(['rol', 'ror', 'rcl', 'rcr', 'shl', 'shr', 'sal', 'sar']);

/** One-operand instructions (and x87 loads/stores) whose memory operand must carry a size. */
const NEEDS_SIZE = new Set(['inc', 'dec', 'neg', 'not', 'mul', 'div', 'idiv', 'imul', 'push', 'pop', 'fld', 'fst', 'fstp', 'fild', 'fist', 'fistp', 'fadd', 'fsub', 'fmul', 'fdiv', 'fcom', 'fcomp', 'setz', 'sete', 'setnz', 'setne']);

/** Two-operand instructions whose register and memory operands must agree in size. */
/**
 * Instructions whose register and memory operands share one size, with the place their memory
 * operand takes: only a form that exists can mismatch (`bt r/m, r`, `cmovcc r, r/m`).
 */
const MATCHED_SIZES: ReadonlyMap<string, 'either' | 'first' | 'second'> = new Map([
  ...['mov', 'add', 'sub', 'and', 'or', 'xor', 'cmp', 'test', 'adc', 'sbb', 'xchg'].map((m) => [m, 'either'] as const),
  ...['bt', 'bts', 'btr', 'btc', 'xadd', 'cmpxchg'].map((m) => [m, 'first'] as const),
  ...['imul', 'bsf', 'bsr'].map((m) => [m, 'second'] as const),
]);

/** Instructions whose memory operand has no size of its own. */
const NO_SIZE_NEEDED = new Set(['lea', 'invlpg', 'prefetch', 'prefetchw', 'prefetchnta', 'prefetcht0', 'prefetcht1', 'prefetcht2', 'clflush']);

const SIZE_WORDS: Readonly<Record<number, string>> = { 1: 'byte', 2: 'word', 4: 'dword' };

/** Immediates whose width is the instruction's, not the operation's: by operand position. */
const FIXED_IMMEDIATE_WIDTHS: Readonly<Record<string, readonly (number | undefined)[]>> = {
  ...Object.fromEntries([...SHIFTS].map((m) => [m, [undefined, 1]])),
  shld: [undefined, undefined, 1], shrd: [undefined, undefined, 1],
  int: [1], in: [undefined, 1], out: [1], ret: [2], retn: [2], retf: [2], enter: [2, 1],
};

/** Instructions with a sign-extended imm8 form beside the full-width one. */
const SHORT_IMMEDIATE_FORMS = new Set(['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'cmp', 'imul', 'push']);

const OVERFLOW = ' exceeds bounds [-w+number-overflow]';

/** 2^(8 * bytes) for fields of 0 to 8 bytes, worked out once: every immediate and data item is checked against one. */
const FIELD_SPANS = Array.from({ length: 9 }, (_, bytes) => 1n << BigInt(8 * bytes));
const NEGATIVE_FIELD_SPANS = FIELD_SPANS.map((span) => -span);

/** nasm's "data" check on a field of `bytes` bytes: either sign fits, with one bit to spare below (db takes -256 to 255). */
export function overflowsField(value: bigint, bytes: number): boolean {
  const span = FIELD_SPANS[bytes] ?? 1n << BigInt(8 * bytes);
  return value < (NEGATIVE_FIELD_SPANS[bytes] ?? -span) || value >= span;
}

/**
 * nasm's number-overflow warnings for an immediate that does not fit its operation. Which one
 * depends on the form nasm picks: a value whose low bits fit the sign-extended imm8 form is checked
 * against the operation's size ("value"), any other against the full-width field ("data"); a
 * 64-bit operation's imm32 is sign-extended, so it must fit 32 signed bits.
 */
function overflowWarning(mnemonic: string, value: bigint, size: number | undefined, movToRegister64: boolean, pushLike: boolean): string[] | undefined {
  const operationSize = pushLike ? 8 : size;
  if (operationSize === undefined || movToRegister64 || (value >= -0x80n && value <= 0x7fn)) return undefined;
  const wide = BigInt.asIntN(64, value);
  const low = BigInt.asIntN(operationSize === 8 ? 32 : 8 * operationSize, wide);
  const short = operationSize > 1 && SHORT_IMMEDIATE_FORMS.has(mnemonic) && low >= -0x80n && low <= 0x7fn;
  if (operationSize === 8) {
    if (wide >= -0x80000000n && wide <= 0x7fffffffn) return undefined;
    return short ? [`signed dword value${OVERFLOW}`] : [`signed dword immediate${OVERFLOW}`, `dword data${OVERFLOW}`];
  }
  const word = SIZE_WORDS[operationSize];
  if (word === undefined) return undefined;
  if (!short) return overflowsField(wide, operationSize) ? [`${word} data${OVERFLOW}`] : undefined;
  const bits = BigInt(8 * operationSize);
  return wide < -(1n << (bits - 1n)) || wide >= 1n << bits ? [`${word} value${OVERFLOW}`] : undefined;
}

const truncateToSize = (value: bigint, size: number): bigint => BigInt.asIntN(size * 8, value);

/** Operand-less system instructions Keystone does not know (or only with their implicit rAX operand). */
const FIXED_ENCODINGS: Readonly<Record<string, readonly number[]>> = {
  vmload: [0x0f, 0x01, 0xda], vmrun: [0x0f, 0x01, 0xd8], vmsave: [0x0f, 0x01, 0xdb],
  pvalidate: [0xf2, 0x0f, 0x01, 0xff], rmpadjust: [0xf3, 0x0f, 0x01, 0xfe], vmgexit: [0xf2, 0x0f, 0x01, 0xc1],
  // Keystone adds REX.W (its sysretq); nasm's plain forms return to 32-bit code
  sysret: [0x0f, 0x07], sysexit: [0x0f, 0x35],
  // Keystone's iret is the 16-bit one; nasm's is iretd
  iret: [0xcf], endbr64: [0xf3, 0x0f, 0x1e, 0xfa], endbr32: [0xf3, 0x0f, 0x1e, 0xfb], ud1: [0x0f, 0xb9],
};

/** Instructions of 16- and 32-bit code that do not exist in 64-bit mode (Keystone still encodes `into`). */
const NOT_IN_64_BIT_MODE: ReadonlySet<string> = new Set([
  'aaa', 'aad', 'aam', 'aas', 'daa', 'das', 'into', 'pusha', 'pushad', 'pushaw', 'popa', 'popad', 'popaw', 'bound', 'les', 'lds', 'arpl',
]);

/** Mnemonics Keystone knows and nasm does not: a line starting with one is not an instruction to nasm. */
const NOT_NASM_MNEMONICS: ReadonlySet<string> = new Set([
  'movabs', 'sysretq', 'sysexitq', 'pmulhrw', 'movs', 'lods', 'stos', 'scas', 'cmps', 'ins', 'outs',
]);

/** x87 and SSE state images: their memory operand has no size, and nasm refuses one written. */
const STATE_IMAGES: ReadonlySet<string> = new Set(['fnstenv', 'fstenv', 'fldenv', 'fnsave', 'fsave', 'frstor', 'fxsave', 'fxrstor']);

const ST0 = lookupKeyword('st0')!.registerOperand!;
const ST1 = lookupKeyword('st1')!.registerOperand!;
/** x87 instructions nasm lets leave out their stack register, which is then st1. */
const X87_ON_ST1 = new Set(['fld', 'fst', 'fstp', 'fxch', 'fcom', 'fcomp', 'fucom', 'fucomp', 'ffree', 'ffreep']);

/** x87 instructions whose destination is always st0, which nasm lets leave out. */
const X87_INTO_ST0 = new Set([
  'fcmovb', 'fcmovnb', 'fcmove', 'fcmovne', 'fcmovbe', 'fcmovnbe', 'fcmovu', 'fcmovnu', 'fcomi', 'fcomip', 'fucomi', 'fucomip',
]);

/**
 * x87 forms with a stack register left out, as nasm reads them: `fadd` as `faddp st1, st0`,
 * `fxch` as `fxch st1`, `fcomi st2` as `fcomi st0, st2`; any other instruction as written.
 */
function withImplicitStackOperands(instruction: Instruction): Instruction {
  const { mnemonic, operands } = instruction;
  if (operands.length > 1) return instruction;
  if (operands.length === 1 && X87_INTO_ST0.has(mnemonic) && operands[0]!.kind === 'register') return { ...instruction, operands: [ST0, operands[0]!] };
  if (operands.length !== 0) return instruction;
  // operandless arithmetic is the popping form on st1 and st0
  if (X87_ARITHMETIC.has(mnemonic) || (mnemonic.endsWith('p') && X87_ARITHMETIC.has(mnemonic.slice(0, -1)))) {
    return { ...instruction, mnemonic: mnemonic.endsWith('p') ? mnemonic : `${mnemonic}p`, operands: [ST1, ST0] };
  }
  return X87_ON_ST1.has(mnemonic) ? { ...instruction, operands: [ST1] } : instruction;
}

/** String forms Keystone reads as their SSE namesakes: opcode bytes after any prefix. */
const DOUBLEWORD_STRING_INSTRUCTIONS: Readonly<Record<string, number>> = { movsd: 0xa5, cmpsd: 0xa7 };

/** The converting instructions Keystone encodes from memory only with EVEX, and the truncating twin it encodes with VEX. */
const ROUNDING_CONVERSIONS: Readonly<Record<string, string>> = { vcvtsd2si: 'vcvttsd2si', vcvtss2si: 'vcvttss2si' };

/** The truncating conversion's VEX encoding (opcode 2Ch) made the rounding one's (2Dh). */
function withRoundingOpcode(bytes: Uint8Array): Uint8Array {
  const vex = bytes.findIndex((b) => b === 0xc4 || b === 0xc5);
  const opcode = vex + (bytes[vex] === 0xc5 ? 2 : 3);
  if (vex < 0 || bytes[opcode] !== 0x2c) throw new EncodeError(INVALID_OPERANDS);
  const patched = bytes.slice();
  patched[opcode] = 0x2d;
  return patched;
}

/**
 * movdir64b, which Keystone does not know, addresses its memory exactly as lea does: encoded as
 * `lea r, [m]` without REX.W, its 8Dh becomes 66h 0F 38 F8 (the 66h after any 67h, before any
 * REX). Its register gives the address size: a 32-bit one always writes 67h, as nasm does.
 */
function movdir64bFromLea({ bytes, fields }: { bytes: Uint8Array; fields: Fields }, addressing32: boolean): { bytes: Uint8Array; fields: Fields } {
  const lea = bytes.indexOf(0x8d);
  if (lea < 0) throw new EncodeError(INVALID_OPERANDS);
  const hasAddressSize = bytes[0] === 0x67;
  const addressSize = hasAddressSize || addressing32 ? [0x67] : [];
  const rest = bytes.subarray(hasAddressSize ? 1 : 0, lea);
  const rewritten = Uint8Array.from([...addressSize, 0x66, ...rest, 0x0f, 0x38, 0xf8, ...bytes.subarray(lea + 1)]);
  const shift = rewritten.length - bytes.length;
  return { bytes: rewritten, fields: fields.map((f) => ({ ...f, position: f.position + shift })) };
}

/** `inserted` placed before byte `at`, the fields after it moved along. */
function withBytesAt(bytes: Uint8Array, fields: Fields, at: number, inserted: readonly number[]): { bytes: Uint8Array; fields: Fields } {
  return {
    bytes: Uint8Array.from([...bytes.subarray(0, at), ...inserted, ...bytes.subarray(at)]),
    fields: fields.map((f) => ({ ...f, position: f.position + inserted.length })),
  };
}

/** The store forms of the VEX moves (and vmovq's 66h D6) beside the load forms nasm writes for a register source. */
const LOAD_FORMS: Readonly<Record<number, number>> = { 0x7f: 0x6f, 0x29: 0x28, 0x11: 0x10, 0xd6: 0x7e };

/**
 * A VEX move between registers as nasm encodes it. Keystone, to save a byte, takes a source in
 * xmm8-15 through the store form (`vmovdqa xmm1, xmm9` as C5 79 7F C9); nasm keeps the load form
 * (C4 C1 79 6F C9) with the source in ModRM's r/m field.
 */
function withLoadForm(bytes: Uint8Array): Uint8Array {
  if (bytes.length !== 4 || bytes[0] !== 0xc5 || LOAD_FORMS[bytes[2]!] === undefined || (bytes[3]! & 0xc0) !== 0xc0) return bytes;
  const [, vex, opcode, modrm] = bytes as unknown as [number, number, number, number];
  const source = ((modrm >> 3) & 7) | (vex & 0x80 ? 0 : 8);
  const destination = modrm & 7;
  // vmovq's load form is F3 0F 7E, its store form 66 0F D6
  const pp = opcode === 0xd6 ? 0b10 : vex & 0b11;
  const rex = 0x80 | 0x40 | (source >= 8 ? 0 : 0x20) | 0b00001; // R̄ X̄ B̄, map 0F
  const wvvvvlpp = (vex & 0x7c) | pp; // W=0, vvvv and L kept
  return Uint8Array.from([0xc4, rex, wvvvvlpp, LOAD_FORMS[opcode]!, 0xc0 | (destination << 3) | (source & 7)]);
}

/** Instructions whose memory operand nasm takes as this many bytes when no size is written. */
const UNSIZED_MEMORY_DEFAULTS: Readonly<Record<string, number>> = {
  vcvtpd2dq: 16, vcvtpd2ps: 16, vcvttpd2dq: 16,
  cvtsi2sd: 4, cvtsi2ss: 4, vcvtsi2sd: 4, vcvtsi2ss: 4, vcvtsd2ss: 8, vcvtss2sd: 4, vcvttsd2si: 8, vcvttss2si: 4, vcvtsd2si: 8, vcvtss2si: 4,
};

/**
 * A VEX scalar instruction's memory operand is its scalar: `vaddsd xmm1, xmm2, [m]` reads 8 bytes,
 * `vaddss` 4. Keystone wants that said; nasm takes it as read. (`vp...` names are packed integers.)
 */
function vexScalarSize(mnemonic: string): number | undefined {
  if (!mnemonic.startsWith('v') || mnemonic.startsWith('vp')) return undefined;
  return mnemonic.endsWith('sd') ? 8 : mnemonic.endsWith('ss') ? 4 : undefined;
}

const PREFIX_BYTES: Readonly<Record<string, number>> = { rep: 0xf3, repe: 0xf3, repz: 0xf3, repne: 0xf2, repnz: 0xf2, lock: 0xf0 };

/**
 * nasm also takes the FMA operand orders that name the same operation (123 for 213, 312 for 132,
 * 321 for 231), in their VEX forms only.
 */
const RELAXED_FMA_ORDER = /^(vf(?:n?m(?:add|sub)|maddsub|msubadd))(123|312|321)([ps][sd])$/;
const FMA_ORDER_MEANT: Readonly<Record<string, string>> = { 123: '213', 312: '132', 321: '231' };

/** nasm takes `movsx r64, r/m32` for `movsxd`, the only sign extension from a doubleword. */
function withDoublewordExtensionNamed(instruction: Instruction): Instruction {
  if (instruction.mnemonic !== 'movsx' || instruction.operands.length !== 2) return instruction;
  const [destination, source] = instruction.operands;
  const wide = destination!.kind === 'register' && destination!.register.regClass === 'gpr' && destination!.register.size === 8;
  const doubleword = source!.kind === 'memory' ? source!.size === 4 : source!.kind === 'register' && source!.register.regClass === 'gpr' && source!.register.size === 4;
  return wide && doubleword ? { ...instruction, mnemonic: 'movsxd' } : instruction;
}

function withFmaOrderNamed(instruction: Instruction): Instruction {
  if (!instruction.mnemonic.startsWith('vf')) return instruction;
  const relaxed = RELAXED_FMA_ORDER.exec(instruction.mnemonic);
  if (relaxed === null) return instruction;
  if (instruction.operands.some(isEvexOnlyRegister)) throw new EncodeError(INVALID_OPERANDS);
  return { ...instruction, mnemonic: `${relaxed[1]}${FMA_ORDER_MEANT[relaxed[2]!]}${relaxed[3]}` };
}

/** zmm, mask and xmm16-31/ymm16-31 registers exist only in EVEX encodings. */
function isEvexOnlyRegister(operand: Operand): boolean {
  if (operand.kind !== 'register') return false;
  const { regClass, name } = operand.register;
  return regClass === 'zmm' || regClass === 'mask' || ((regClass === 'xmm' || regClass === 'ymm') && Number(name.slice(3)) >= 16);
}

export function encodeInstruction(source: Instruction, context: InstructionContext, encoder: TemplateEncoder): EncodedBytes {
  const written = withDoublewordExtensionNamed(withFmaOrderNamed(source));
  if (NOT_NASM_MNEMONICS.has(written.mnemonic)) throw new EncodeError('parser: instruction expected');
  if (isFormNasmLacks(written)) throw new EncodeError(INVALID_OPERANDS);
  if (STATE_IMAGES.has(written.mnemonic) && written.operands.some((o) => o.kind === 'memory' && o.size !== undefined)) {
    throw new EncodeError('mismatch in operand sizes');
  }
  if (NOT_IN_64_BIT_MODE.has(written.mnemonic)) throw new EncodeError('instruction not supported in 64-bit mode');
  const registerForm = REGISTER_RM_FORMS[written.mnemonic] ?? ADDRESS_REGISTER_FORMS[written.mnemonic];
  if (registerForm !== undefined && written.operands.length > 0) return registerForm(written.operands);
  const instruction = withAddressSize(withImplicitStackOperands(withRegisterFieldFirst(withAddressAsMemory(written))));
  if (instruction.prefixes.length === 0 && onlyRegisters(instruction.operands)) return registerEncoding(instruction, context, encoder);
  return encodeRendered(instruction, context, encoder);
}

/** `nop rax`, `nop qword [m]`: Keystone knows only the dword form, which REX.W then widens. */
function isQuadwordNop({ mnemonic, operands }: Instruction): boolean {
  if (mnemonic !== 'nop' || operands.length !== 1) return false;
  const operand = operands[0]!;
  return operand.kind === 'register' ? operand.register.size === 8 : operand.kind === 'memory' && operand.size === 8;
}

type RegisterForm = (operands: readonly Operand[]) => EncodedBytes;

/** A general register's number in encoding order (rax 0 ... r15 15) and width, or undefined. */
function generalRegister(operand: Operand | undefined): { number: number; size: number } | undefined {
  if (operand?.kind !== 'register' || operand.register.regClass !== 'gpr') return undefined;
  const { name, size } = operand.register;
  return { number: GENERAL_REGISTER_FAMILIES.findIndex((names) => names.includes(name)), size };
}

/**
 * Instructions Keystone does not know whose one register sits in ModRM's r/m field (F3 0F xx /n):
 * `rdpid` (a 32-bit register encodes as the 64-bit one), `umonitor` (a 32-bit register addresses
 * with 67h, written first).
 */
const registerInRm = (opcode: number, digit: number, addressing: boolean): RegisterForm => (operands) => {
  const register = generalRegister(operands[0]);
  if (operands.length !== 1 || register === undefined || register.size < 4) throw new EncodeError(INVALID_OPERANDS);
  const addressSize = addressing && register.size === 4 ? [0x67] : [];
  const rex = register.number >= 8 ? [0x41] : [];
  const modrm = 0xc0 | (digit << 3) | (register.number & 7);
  return { bytes: Uint8Array.from([...addressSize, 0xf3, ...rex, 0x0f, opcode, modrm]), fixups: [], warnings: [] };
};

const REGISTER_RM_FORMS: Readonly<Record<string, RegisterForm>> = {
  rdpid: registerInRm(0xc7, 7, false),
  umonitor: registerInRm(0xae, 6, true),
};

/**
 * System instructions whose register operands only name the address size they use: rAX first
 * (eax writes 67h), then the fixed others (`invlpga rax, ecx`).
 */
const addressRegisters = (bytes: readonly number[], rest: readonly string[]): RegisterForm => (operands) => {
  const first = generalRegister(operands[0]);
  const named = operands.slice(1).map((o) => (o.kind === 'register' ? o.register.name : ''));
  if (first === undefined || first.number !== 0 || first.size < 4 || named.join() !== rest.join()) throw new EncodeError(INVALID_OPERANDS);
  return { bytes: Uint8Array.from([...(first.size === 4 ? [0x67] : []), ...bytes]), fixups: [], warnings: [] };
};

const ADDRESS_REGISTER_FORMS: Readonly<Record<string, RegisterForm>> = {
  clzero: addressRegisters([0x0f, 0x01, 0xfc], []),
  invlpga: addressRegisters([0x0f, 0x01, 0xdf], ['ecx']),
};

/** Operand forms Keystone encodes and nasm's instruction table does not have. */
function isFormNasmLacks({ mnemonic, operands }: Instruction): boolean {
  if ((mnemonic === 'xlat' || mnemonic === 'xlatb') && operands.length > 0) return true;
  if (mnemonic !== 'pmovmskb') return false;
  // the SSE2 form writes a 32-bit register only (the VEX one takes either)
  const destination = operands[0];
  return destination?.kind === 'register' && destination.register.size === 8;
}

/** `lea rax, foo`: nasm reads an address given to lea as the memory reference `[foo]`. */
function withAddressAsMemory(instruction: Instruction): Instruction {
  if (instruction.mnemonic !== 'lea') return instruction;
  const source = instruction.operands[1];
  if (source?.kind !== 'immediate' || source.size !== undefined || source.strict) return instruction;
  const memory: MemoryOperand = { kind: 'memory', scale: 1, displacement: source.value, strict: false };
  return { ...instruction, operands: [instruction.operands[0]!, memory] };
}

/** `xchg r1, r2`: nasm puts the first register in ModRM's reg field, Keystone the second. */
function withRegisterFieldFirst(instruction: Instruction): Instruction {
  if (instruction.mnemonic !== 'xchg') return instruction;
  const [first, second] = instruction.operands;
  if (first?.kind !== 'register' || second?.kind !== 'register') return instruction;
  return { ...instruction, operands: [second, first] };
}

/** A memory operand with the size Keystone is to be told: nasm's where it takes one unwritten, none where Keystone must not see it. */
function sizedForKeystone(instruction: Instruction, operand: MemoryOperand): MemoryOperand {
  const { mnemonic, operands } = instruction;
  if (operand.size === 4 && isSegmentMove(instruction)) throw new EncodeError('mismatch in operand sizes');
  const unspoken = operand.far || (operand.size === 2 && isSelectorLoad(instruction)) || (operand.size === 8 && isSegmentMove(instruction));
  if (unspoken) return { ...operand, size: undefined };
  if (isQuadwordMmxMovd(instruction)) return { ...operand, size: 4 };
  if (operand.size !== undefined) return operand;
  // `mov [x], 5` takes the immediate's size; some instructions have a size nasm assumes
  if (operands.length === 2 && !hasRegister(operands)) return { ...operand, size: immediateSize(operands) };
  const assumed = UNSIZED_MEMORY_DEFAULTS[mnemonic] ?? vexScalarSize(mnemonic);
  return assumed === undefined ? operand : { ...operand, size: assumed };
}

function onlyRegisters(operands: readonly Operand[]): boolean {
  for (let i = 0; i < operands.length; i++) if (operands[i]!.kind !== 'register') return false;
  return true;
}

/** What is known of a sequence of keys, one step per key. */
interface Trie<T> {
  value?: T;
  next?: Map<unknown, Trie<T>>;
}

/**
 * `a32`/`asp` before an instruction: its memory operand is addressed with 32 bits, as with
 * `[a32 ...]`, so an absolute address gets the short moffs form and a zero-extended relocation.
 * Registers of the other width in that address are a contradiction nasm refuses.
 */
function withAddressSize(instruction: Instruction): Instruction {
  const prefixed = instruction.prefixes.length > 0 && (instruction.prefixes.includes('a32') || instruction.prefixes.includes('asp'));
  const { operands } = instruction;
  let widened: Operand[] | undefined;
  for (let i = 0; i < operands.length; i++) {
    const operand = operands[i]!;
    if (operand.kind !== 'memory') continue;
    const addressSize = operand.addressSize ?? (prefixed ? 4 : undefined);
    if (addressSize === undefined) continue;
    const { base, index } = operand;
    if ((base !== undefined && base.size !== addressSize) || (index?.regClass === 'gpr' && index.size !== addressSize)) {
      throw new EncodeError('impossible combination of address sizes');
    }
    if (addressSize === operand.addressSize) continue;
    widened ??= [...operands];
    widened[i] = { ...operand, addressSize };
  }
  return widened === undefined ? instruction : { ...instruction, operands: widened };
}

/**
 * A line of registers alone reads no value, so it encodes to the same bytes wherever it stands:
 * every line of one spelling shares one encoding, which nothing downstream changes.
 */
function registerEncoding(instruction: Instruction, context: InstructionContext, encoder: TemplateEncoder): EncodedBytes {
  let node = step(cachesFor(encoder).registerEncodings, instruction.mnemonic);
  const operands = instruction.operands;
  for (let i = 0; i < operands.length; i++) node = step(node, operands[i]);
  return (node.value ??= encodeRendered(instruction, context, encoder));
}

function step<T>(node: Trie<T>, key: unknown): Trie<T> {
  node.next ??= new Map();
  let child = node.next.get(key);
  if (child === undefined) node.next.set(key, (child = {}));
  return child;
}

/** Where encodeRendered gathers an instruction's warnings; the list does not outlive the call. */
const renderWarnings: string[] = [];
const NO_WARNINGS: readonly string[] = Object.freeze([]);

function encodeRendered(instruction: Instruction, context: InstructionContext, encoder: TemplateEncoder): EncodedBytes {
  const fixed = FIXED_ENCODINGS[instruction.mnemonic];
  if (fixed !== undefined && instruction.operands.length === 0) return { bytes: Uint8Array.from(fixed), fixups: [], warnings: [] };
  const stringOpcode = DOUBLEWORD_STRING_INSTRUCTIONS[instruction.mnemonic];
  if (stringOpcode !== undefined && instruction.operands.length === 0) {
    const prefixes = instruction.prefixes.flatMap((p) => {
      const byte = PREFIX_BYTES[p] ?? SEGMENT_PREFIXES[p];
      return byte === undefined ? [] : [byte];
    });
    return { bytes: Uint8Array.from([...prefixes, stringOpcode]), fixups: [], warnings: [] };
  }
  // Most instructions raise no warning: that list is copied out only when one does.
  const warnings = renderWarnings;
  warnings.length = 0;
  const slots: Slot[] = [];
  const operands = instruction.operands;
  const operandSize = inferOperandSize(operands);
  const pushLike = instruction.mnemonic === 'push';
  const rendered: string[] = new Array(operands.length);
  let absoluteSlot: number | undefined;
  let shortMoffsSlot: number | undefined;
  let segmentPrefix: string | undefined;
  const quadwordNop = isQuadwordNop(instruction);

  for (let index = 0; index < operands.length; index++) {
    const operand = operands[index]!;
    if (operand.kind === 'register') {
      // nasm accepts a 64-bit destination for vpextrd and encodes the 32-bit one
      const narrowed = (instruction.mnemonic === 'vpextrd' && index === 0) || quadwordNop ? REGISTER_AT_WIDTH[4]![operand.register.name] : undefined;
      // Keystone gives vextractps with a 32-bit destination the EVEX form nasm gives the 64-bit one, and the other way round
      const exchanged = instruction.mnemonic === 'vextractps' && index === 0 && operand.register.regClass === 'gpr'
        ? REGISTER_AT_WIDTH[operand.register.size === 4 ? 8 : 4]![operand.register.name] : undefined;
      const width = widenedWidth(instruction, index);
      const widened = width === undefined ? undefined : REGISTER_AT_WIDTH[width]![operand.register.name];
      // Keystone spells the x87 stack registers st(0) to st(7)
      const stack = operand.register.regClass === 'x87' ? `st(${operand.register.name.slice(2)})` : undefined;
      rendered[index] = exchanged ?? narrowed ?? widened ?? stack ?? operand.register.name;
    } else if (operand.kind === 'memory') {
      const sized = quadwordNop ? { ...operand, size: 4 } : sizedForKeystone(instruction, operand);
      const accumulatorMove = instruction.mnemonic === 'mov' && hasAccumulator(operands);
      const { text, form } = renderMemory(sized, accumulatorMove, context, slots, warnings);
      if (form === 'absolute') absoluteSlot = slots.length - 1;
      if (form === 'moffs32') shortMoffsSlot = slots.length - 1;
      segmentPrefix = operand.segment;
      rendered[index] = text;
    } else {
      rendered[index] = renderImmediate(instruction, index, operand, operandSize, pushLike, context, slots, rendered, warnings);
    }
  }
  const prefixSegment = instruction.prefixes.length === 0 ? undefined : instruction.prefixes.find((p) => SEGMENT_PREFIXES[p] !== undefined);
  if (prefixSegment !== undefined) {
    // `fs mov eax, [rbx]`: a segment written as a prefix; nasm refuses a second one in the address
    if (segmentPrefix !== undefined) throw new EncodeError('instruction has conflicting segment overrides');
    segmentPrefix = prefixSegment;
    warnAboutAddress({ segment: prefixSegment, displacementSizeIgnored: false, overflowReports: 0 }, warnings);
  }
  const shape = { rendered, slots, absoluteSlot, shortMoffsSlot, segmentPrefix };
  const node = layoutNode(cachesFor(encoder).layouts, instruction, shape);
  let layout = node.value;
  if (layout === undefined) {
    try {
      layout = buildLayout(instruction, shape, encoder);
    } catch (error) {
      if (!(error instanceof EncodeError)) throw error;
      layout = error;
    }
    node.value = layout;
  }
  if (layout instanceof EncodeError) throw layout;

  let bytes = layout.bytes;
  let fixups: Fixup[] | undefined;
  let relocatedOnly = slots.length > 0;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    const field = layout.fields[i]!;
    if (isConstant(slot.value) && !slot.pcRelative && slot.value.wrt === undefined) {
      if (bytes === layout.bytes) bytes = bytes.slice();
      writeLittleEndian(bytes, field.position, field.width, slot.value.constant);
    } else {
      (fixups ??= []).push({ position: field.position, width: field.width, value: slot.value, pcRelative: slot.pcRelative, signExtended: slot.signExtended });
    }
    if (slot.expr === undefined || slot.value.unknown || isConstant(slot.value)) relocatedOnly = false;
  }
  return {
    bytes,
    fixups: fixups ?? NO_FIXUPS,
    warnings: warnings.length === 0 ? NO_WARNINGS : warnings.slice(),
    fixupExpressions: relocatedOnly ? slots.map((slot) => slot.expr!) : undefined,
  };
}

/** An instruction as rendered for Keystone, before its slots are filled. */
interface RenderedInstruction {
  rendered: string[];
  slots: Slot[];
  /** A `[disp32]` slot Keystone encodes rip-relative, to be rewritten through a SIB byte. */
  absoluteSlot: number | undefined;
  /** `mov eax, [a32 addr]`: nasm's moffs form with a 32-bit address. */
  shortMoffsSlot: number | undefined;
  /** A memory operand's segment, kept out of the Keystone text: one prefix byte, after `lock` and before the rest. */
  segmentPrefix: string | undefined;
}

/** Bytes with every field zero, and where each slot's field lies: shared by every line of one shape. */
interface Layout {
  bytes: Uint8Array;
  fields: Fields;
}

/** What is kept per Keystone instance, as the templates it holds. */
interface EncoderCaches {
  /** Layouts by the keys `layoutNode` walks. */
  layouts: Trie<Layout | EncodeError>;
  /** Encodings of lines of registers alone, by mnemonic and then each operand (register operands are shared objects). */
  registerEncodings: Trie<EncodedBytes>;
}

const encoderCaches = new WeakMap<TemplateEncoder, EncoderCaches>();
/** The encoder asked last, and its caches: one encoder serves every line of a program. */
let lastEncoder: TemplateEncoder | undefined;
let lastCaches: EncoderCaches | undefined;

function cachesFor(encoder: TemplateEncoder): EncoderCaches {
  if (encoder === lastEncoder) return lastCaches!;
  let caches = encoderCaches.get(encoder);
  if (caches === undefined) encoderCaches.set(encoder, (caches = { layouts: {}, registerEncodings: {} }));
  lastEncoder = encoder;
  lastCaches = caches;
  return caches;
}

/**
 * The node for everything a layout depends on: the rendered text with its slot classes, and what
 * the checks and rewrites read beyond it (registers are in the text as written, bar vpextrd's,
 * which encodes alike either way). Texts, slot classes and the `|` notes never spell one another,
 * so no two sequences of keys meet.
 */
function layoutNode(
  root: Trie<Layout | EncodeError>, instruction: Instruction, { rendered, slots, absoluteSlot, shortMoffsSlot, segmentPrefix }: RenderedInstruction,
): Trie<Layout | EncodeError> {
  let node = step(root, instruction.prefixes.length === 0 ? instruction.mnemonic : `${instruction.prefixes.join(' ')} ${instruction.mnemonic}`);
  for (let i = 0; i < rendered.length; i++) node = step(node, rendered[i]);
  for (let i = 0; i < slots.length; i++) node = step(node, slots[i]!.cls);
  if (absoluteSlot !== undefined) node = step(node, `|a${absoluteSlot}`);
  if (shortMoffsSlot !== undefined) node = step(node, `|m${shortMoffsSlot}`);
  if (segmentPrefix !== undefined) node = step(node, `|s${segmentPrefix}`);
  if (isQuadwordNop(instruction)) node = step(node, '|q');
  const operands = instruction.operands;
  if (takesRexWForQuadwordMemory(instruction)) node = step(node, '|w');
  for (let i = 0; i < operands.length; i++) {
    const operand = operands[i]!;
    if (operand.kind === 'immediate') {
      if (operand.size !== undefined || operand.strict || operand.distance !== undefined) node = step(node, `|i${operand.size}${operand.strict}${operand.distance}`);
    } else if (operand.kind === 'memory' && !spelledInText(operand, instruction.operands)) {
      node = step(node, `|m${operand.size}${operand.far}${operand.addressSize}${operand.segment}${operand.base?.name}${operand.index?.name}`);
    }
  }
  return node;
}

/**
 * Whether the rendered text already tells this memory operand apart from every other: its size
 * keyword is its own (not borrowed from an immediate) and its base is the only register, as written.
 */
function spelledInText(operand: MemoryOperand, operands: readonly Operand[]): boolean {
  if (operand.far || operand.addressSize !== undefined || operand.segment !== undefined || operand.index !== undefined) return false;
  if (operand.size === undefined) return hasRegister(operands);
  return SIZE_NAMES[operand.size] !== undefined;
}

function buildLayout(instruction: Instruction, { rendered, slots, absoluteSlot, shortMoffsSlot, segmentPrefix }: RenderedInstruction, encoder: TemplateEncoder): Layout {
  checkOperandSizes(instruction);
  checkSizeMismatch(instruction);
  checkStackWidth(instruction);

  const operands = instruction.operands;
  const prefixes = instruction.prefixes.filter((p) => KEYSTONE_PREFIXES.has(p));
  const far = operands.length === 1 && operands[0]!.kind === 'memory' && operands[0].far === true;
  const classes = slots.map((s) => s.cls);
  // Keystone names the 128-bit-source forms of the narrowing conversions with an `x` suffix
  const narrowingSource = NARROWING_CONVERSIONS.has(instruction.mnemonic) && operands.some((o) => o.kind === 'memory' && (o.size === 16 || o.size === undefined));
  // Keystone gives vcvtsd2si and vcvtss2si from memory an EVEX (AVX-512) encoding; their truncating
  // twins get nasm's VEX one, which differs only in the opcode byte
  const evexFromMemory = ROUNDING_CONVERSIONS[instruction.mnemonic] !== undefined && operands.some((o) => o.kind === 'memory');
  const mnemonic = narrowingSource ? `${instruction.mnemonic}x` : evexFromMemory ? ROUNDING_CONVERSIONS[instruction.mnemonic]!
    : instruction.mnemonic === 'movdir64b' ? 'lea' : instruction.mnemonic;
  const attempt = (operandTexts: string[]): Template => {
    const text = [...prefixes, mnemonic].join(' ') + (operandTexts.length ? ' ' + operandTexts.join(', ') : '');
    return encoder.encode(text, classes);
  };
  if (hasHighByteConflict(instruction)) {
    // nasm finds the form first: one that exists with `al`-`dl` is refused for the high byte, any other is no form
    const lowered = rendered.map((text) => LOW_BYTE_OF[text] ?? text);
    throw new EncodeError(tryEncode(() => attempt(lowered)) ? 'cannot use high byte register in rex instruction' : INVALID_OPERANDS);
  }
  let template: Template;
  try {
    template = attempt(rendered);
  } catch (error) {
    if (!(error instanceof KeystoneError)) throw error;
    // nasm lets AVX code leave out the first source when it repeats the destination
    const vector = operands[0]?.kind === 'register' && VECTOR_CLASSES.has(operands[0].register.regClass);
    const retry = vector && instruction.mnemonic.startsWith('v') && !error.invalidMnemonic ? tryEncode(() => attempt([rendered[0]!, ...rendered])) : undefined;
    if (!retry) throw new EncodeError(error.invalidMnemonic ? 'parser: instruction expected' : INVALID_OPERANDS);
    template = retry;
  }
  let bytes: Uint8Array = Uint8Array.from(template.bytes);
  if (evexFromMemory) bytes = withRoundingOpcode(bytes);
  if (operands.every((o) => o.kind === 'register')) bytes = withLoadForm(bytes);
  // A displacement can be followed by bytes that are no slot (an is4 register byte); its width is its class's.
  let fields = template.fields.map((field, i) => (slots[i]!.displacement ? { ...field, width: DISPLACEMENT_WIDTHS[slots[i]!.cls] ?? field.width } : field));
  if (absoluteSlot !== undefined) ({ bytes, fields } = ripToAbsolute(bytes, fields, fields[absoluteSlot]!.position));
  if (shortMoffsSlot !== undefined) {
    // the 64-bit moffs form with the address cut to its low four bytes; the 67h prefix follows
    const field = fields[shortMoffsSlot]!;
    bytes = Uint8Array.from([...bytes.subarray(0, field.position + 4), ...bytes.subarray(field.position + 8)]);
    fields = fields.map((f, i) => (i === shortMoffsSlot ? { position: f.position, width: 4 } : f));
  }
  if (far) bytes = farForm(bytes, operands[0]!.kind === 'memory' && operands[0].size !== 4);
  if (operands.some((o) => o.kind === 'memory' && o.addressSize === 4)) ({ bytes, fields } = applySizePrefixes(['a32'], bytes, fields));
  if (instruction.mnemonic === 'nop' && operands.length === 1) bytes = multiByteNop(bytes);
  if (isQuadwordNop(instruction)) ({ bytes, fields } = applySizePrefixes(['o64'], bytes, fields));
  if (instruction.mnemonic === 'movdir64b') {
    const register = operands[0]?.kind === 'register' ? operands[0].register : undefined;
    if (register?.regClass !== 'gpr' || register.size < 4) throw new EncodeError(INVALID_OPERANDS);
    ({ bytes, fields } = movdir64bFromLea(withoutSizePrefixes(bytes, fields, false), register.size === 4));
  }
  const vector = operands.some((o) => o.kind === 'register' && VECTOR_CLASSES.has(o.register.regClass));
  ({ bytes, fields } = applySizePrefixes(instruction.prefixes, bytes, fields, vector));
  const [destination] = operands;
  if (destination?.kind === 'register' && destination.register.size === 8 && REX_W_FOR_QUADWORD_DESTINATION.has(instruction.mnemonic)) {
    ({ bytes, fields } = applySizePrefixes(['o64'], bytes, fields)); // nasm keeps REX.W for a 64-bit destination
  }
  if (instruction.mnemonic === 'push' && operands[0]?.kind === 'immediate' && operands[0].size === 2) ({ bytes, fields } = wordPush(bytes, fields));
  if (isSegmentMove(instruction)) {
    // a segment register moves 16 bits whatever the other operand's size: nasm leaves out REX.W
    // (but for an explicit qword in memory), and the operand-size prefix unless a 16-bit general
    // register is written
    const wordDestination = destination?.kind === 'register' && destination.register.regClass === 'gpr' && destination.register.size === 2;
    ({ bytes, fields } = withoutSizePrefixes(bytes, fields, !wordDestination));
  }
  if (takesRexWForQuadwordMemory(instruction)) ({ bytes, fields } = applySizePrefixes(['o64'], bytes, fields));
  if (bytes[0] === 0x67 && bytes[1] === 0x66 && isWordOperation(operands)) {
    // nasm writes a 16-bit operation's operand-size prefix before the address-size one; an SSE
    // instruction's 66h belongs to its opcode and stays after
    bytes = Uint8Array.from([0x66, 0x67, ...bytes.subarray(2)]);
  }
  if (segmentPrefix !== undefined) ({ bytes, fields } = withBytesAt(bytes, fields, bytes[0] === 0xf0 ? 1 : 0, [SEGMENT_PREFIXES[segmentPrefix]!]));
  const hints = instruction.prefixes.flatMap((p) => (HINT_PREFIXES[p] === undefined ? [] : [HINT_PREFIXES[p]!]));
  if (hints.length > 0) ({ bytes, fields } = withBytesAt(bytes, fields, 0, hints));
  for (const field of fields) writeLittleEndian(bytes, field.position, field.width, 0n);
  return { bytes, fields };
}

/** nasm's own complaints about sizes, which Keystone would answer with a guess or a vaguer error. */
function checkOperandSizes(instruction: Instruction): void {
  const { mnemonic, operands } = instruction;
  if (operands.length === 0 && COMMON_MNEMONICS.has(mnemonic) && !OPERANDLESS_INSTRUCTIONS.has(mnemonic)) {
    throw new EncodeError(INVALID_OPERANDS);
  }
  // xchg has no immediate form, whatever the size
  if (mnemonic === 'xchg' && operands.some((o) => o.kind === 'immediate')) throw new EncodeError(INVALID_OPERANDS);
  const memory = operands.find((o): o is MemoryOperand => o.kind === 'memory');
  if (!memory || memory.size !== undefined || NO_SIZE_NEEDED.has(mnemonic)) return;
  // a 16-bit destination lets nasm take a byte source; a wider one leaves the source's size open
  const extension = (mnemonic === 'movzx' || mnemonic === 'movsx') && operands[0]?.kind === 'register' && operands[0].register.size > 2;
  if (extension) throw new EncodeError('operation size not specified');
  const hasSizedImmediate = operands.some((o) => o.kind === 'immediate' && o.size !== undefined);
  if ((NEEDS_SIZE.has(mnemonic) && !hasRegister(operands)) || (SHIFTS.has(mnemonic) && operands[0] === memory) ||
    (operands.length === 2 && operands[0] === memory && operands[1]!.kind === 'immediate' && !hasSizedImmediate)) {
    throw new EncodeError('operation size not specified');
  }
}

const HIGH_BYTES = new Set(['ah', 'bh', 'ch', 'dh']);
const NEEDS_REX = /^(spl|bpl|sil|dil|r\d+[bwd]?|r[a-z]{2})$/;

function checkStackWidth(instruction: Instruction): void {
  const first = instruction.operands[0];
  const pushOrPop = (instruction.mnemonic === 'push' || instruction.mnemonic === 'pop') && instruction.operands.length === 1;
  if (pushOrPop && ((first?.kind === 'register' && first.register.regClass === 'gpr' && first.register.size === 4) || (first?.kind === 'memory' && first.size === 4))) {
    throw new EncodeError('instruction not supported in 64-bit mode');
  }
}

/** Whether the instruction names `ah`-`dh` beside a register only a REX prefix reaches, which x86 cannot encode. */
function hasHighByteConflict(instruction: Instruction): boolean {
  if (!instruction.operands.some((o) => o.kind === 'register' && HIGH_BYTES.has(o.register.name))) return false;
  const registers = instruction.operands.flatMap((o) => (o.kind === 'register' ? [o.register] : o.kind === 'memory' ? [o.base, o.index].filter((r) => r !== undefined) : []));
  return registers.some((r) => r.regClass === 'gpr' && NEEDS_REX.test(r.name) && (r.size !== 8 || /^r\d/.test(r.name) || instruction.operands.some((o) => o.kind === 'register' && o.register === r)));
}

const LOW_BYTE_OF: Readonly<Record<string, string>> = { ah: 'al', bh: 'bl', ch: 'cl', dh: 'dl' };

function checkSizeMismatch(instruction: Instruction): void {
  const { mnemonic, operands } = instruction;
  const first = operands[0];
  const second = operands[1];
  // `imul r, r/m, imm` matches its first two like the two-operand forms
  const pair = operands.length === 2 || (operands.length === 3 && mnemonic === 'imul');
  const memoryPlace = MATCHED_SIZES.get(mnemonic) ?? (mnemonic.startsWith('cmov') ? 'second' : undefined);
  if (!pair || memoryPlace === undefined) return;
  if ((memoryPlace === 'first' && first!.kind !== 'memory') || (memoryPlace === 'second' && second!.kind !== 'memory')) return;
  const memory = first!.kind === 'memory' ? first : second!.kind === 'memory' ? second : undefined;
  const register = first!.kind === 'register' ? first : second!.kind === 'register' ? second : undefined;
  if (memory?.kind === 'memory' && register?.kind === 'register' && memory.size !== undefined && register.register.regClass === 'gpr' && memory.size !== register.register.size) {
    throw new EncodeError('mismatch in operand sizes');
  }
}

function immediateSize(operands: readonly Operand[]): number | undefined {
  for (let i = 0; i < operands.length; i++) {
    const operand = operands[i]!;
    if (operand.kind === 'immediate' && operand.size !== undefined) return operand.size;
  }
  return undefined;
}

function inferOperandSize(operands: readonly Operand[]): number | undefined {
  for (let i = 0; i < operands.length; i++) {
    const operand = operands[i]!;
    if (operand.kind === 'register' && operand.register.regClass === 'gpr') return operand.register.size;
    if (operand.kind === 'memory' && operand.size !== undefined) return operand.size;
  }
  return immediateSize(operands);
}

function hasRegister(operands: readonly Operand[]): boolean {
  for (let i = 0; i < operands.length; i++) if (operands[i]!.kind === 'register') return true;
  return false;
}

function hasAccumulator(operands: readonly Operand[]): boolean {
  for (let i = 0; i < operands.length; i++) {
    const operand = operands[i]!;
    if (operand.kind === 'register' && ACCUMULATORS.has(operand.register.name)) return true;
  }
  return false;
}

function renderImmediate(
  instruction: Instruction, index: number, operand: ImmediateOperand, operandSize: number | undefined, pushLike: boolean,
  context: InstructionContext, slots: Slot[], rendered: string[], warnings: string[],
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
    const fieldSize = operand.size ?? size;
    cls = movToRegister64 && operand.size !== 4 ? 'i64' : fieldSize === 1 ? 'i8' : fieldSize === 2 ? 'u16' : 'i32';
  } else if (movToRegister64 && (operand.size === 4 || (operand.strict && operand.size !== 4))) {
    // `mov r64, dword imm` is the sign-extended C7 form; `strict` (qword) keeps the 10-byte form
    cls = operand.size === 4 ? 'i32' : 'i64';
    shown = operand.size === 4 ? { ...value, constant: truncateToSize(value.constant, 4) } : value;
  } else if (operand.strict && operand.size !== undefined) {
    cls = operand.size === 1 ? 'i8' : operand.size === 2 ? 'i16' : operand.size === 4 ? 'i32' : 'i64';
  } else if (FIXED_IMMEDIATE_WIDTHS[instruction.mnemonic]?.[index] !== undefined) {
    // a count, vector or port number has its own width whatever the operation's: nasm keeps its low bytes
    const width = FIXED_IMMEDIATE_WIDTHS[instruction.mnemonic]![index]!;
    // nasm takes a byte here as unsigned (`shl eax, -1` is out of range), a word either way
    const outOfRange = width === 1 ? value.constant < 0n || value.constant > 0xffn : overflowsField(value.constant, width);
    if (outOfRange) warnings.push(`${SIZE_WORDS[width]} data${OVERFLOW}`);
    const constant = BigInt.asUintN(8 * width, value.constant);
    cls = slotClass(constant);
    shown = { constant, terms: value.terms, unknown: value.unknown };
  } else {
    let constant = value.constant;
    const warning = overflowWarning(instruction.mnemonic, constant, size, movToRegister64, pushLike);
    if (warning) warnings.push(...warning);
    if (size !== undefined && size < 8) constant = truncateToSize(constant, size);
    if (movToRegister64 && value.constant >= 0n && value.constant <= 0xffffffffn) {
      // nasm's optimizer: a 32-bit move zero-extends, so `mov rax, 1` becomes `mov eax, 1`
      const register = instruction.operands[0]!;
      if (register.kind === 'register') rendered[0] = REGISTER_AT_WIDTH[4]![register.register.name] ?? register.register.name;
      constant = truncateToSize(constant, 4);
      cls = 'i32';
    } else {
      if (!movToRegister64 && size === 8) constant = truncateToSize(constant, 4); // sign-extended imm32
      cls = slotClass(constant);
    }
    shown = constant === value.constant ? value : { constant, terms: value.terms, unknown: value.unknown };
  }
  if (!relocatable && !operand.strict && shown.constant === 1n && SHIFTS.has(instruction.mnemonic)) return '1'; // the D0/D1 by-one forms
  slots.push({ cls, expr: operand.value, value: shown, pcRelative: false, signExtended });
  const text = slotText(slots.length - 1);
  return operand.strict && operand.size !== undefined ? `${SIZE_NAMES[operand.size]} ${text}` : text;
}

const SLOT_TEXTS = ['{0}', '{1}', '{2}', '{3}'];

/** Where slot `n`'s value goes in the text for Keystone. */
const slotText = (n: number): string => SLOT_TEXTS[n] ?? `{${n}}`;

/** How an address is encoded: through its registers, rip-relative, `[disp32]` through a SIB byte, or mov's moffs forms. */
type AddressForm = 'register-based' | 'rip' | 'absolute' | 'moffs64' | 'moffs32';

function renderMemory(
  operand: MemoryOperand, accumulatorMove: boolean, context: InstructionContext, slots: Slot[], warnings: string[],
): { text: string; form: AddressForm } {
  const size = operand.size !== undefined ? `${SIZE_NAMES[operand.size] ?? ''} ` : '';
  let base = operand.base?.name;
  let index = operand.index?.name;
  let scale = operand.scale;
  const displacement = operand.displacement ? context.evaluate(operand.displacement) : undefined;
  const relocatable = displacement !== undefined && (!isConstant(displacement) || displacement.wrt !== undefined);
  if (base === undefined && index === undefined) {
    const expr = operand.displacement;
    const wantsRel = operand.addressing === 'rel' || (operand.addressing === undefined && context.defaultRel && operand.segment !== 'fs' && operand.segment !== 'gs');
    const notes: AddressNotes = { segment: operand.segment, displacementSizeIgnored: operand.displacementSize === 8, overflowReports: 0 };
    if (wantsRel && relocatable) {
      slots.push({ cls: 'i32', expr, value: displacement!, pcRelative: true, signExtended: true, displacement: true });
      warnAboutAddress(notes, warnings);
      return { text: `${size}[rel ${slotText(slots.length - 1)}]`, form: 'rip' };
    }
    notes.notRipRelative = wantsRel && displacement !== undefined && !displacement.unknown;
    const value = displacement ?? { constant: 0n, terms: new Map(), unknown: false };
    // mov to or from the accumulator has its own forms for an absolute address: 64-bit with
    // `[qword addr]`, 32-bit with `[a32 addr]` (one that was asked to be rip-relative keeps ModRM)
    const wide = operand.displacementSize === 8 && operand.addressSize !== 4;
    const moffs = accumulatorMove && !wantsRel && (wide || (operand.addressSize === 4 && operand.displacementSize !== 8));
    if (moffs) {
      notes.displacementSizeIgnored = false;
      if (!wide && beyond(value, -0x80000000n, 0xffffffffn)) notes.overflowReports = 1;
      slots.push({ cls: 'i64', expr, value, pcRelative: false, signExtended: false, displacement: true });
      warnAboutAddress(notes, warnings);
      return { text: `${size}[{${slots.length - 1}}]`, form: wide ? 'moffs64' : 'moffs32' };
    }
    if (beyond(value, -0x80000000n, operand.addressSize === 4 ? 0xffffffffn : 0x7fffffffn)) notes.overflowReports = 2;
    slots.push({ cls: 'i32', expr, value, pcRelative: false, signExtended: operand.addressSize !== 4, displacement: true });
    warnAboutAddress(notes, warnings);
    // Keystone writes `[disp32]` as rip-relative; encode it so and rewrite to the SIB form after
    return { text: `${size}[rel {${slots.length - 1}}]`, form: 'absolute' };
  }
  if (operand.segment !== undefined) warnAboutAddress({ segment: operand.segment, displacementSizeIgnored: false, overflowReports: 0 }, warnings);
  if (operand.addressing === 'rel') {
    // `[rel rbx]`: an address through a register has no rip-relative form; nasm says so on both its passes
    const ignored = 'indirect address displacements cannot be RIP-relative [-w+other]';
    warnings.push(ignored, ignored);
  }
  // a vector index (VSIB) stays an index: without a base it is encoded with a 32-bit displacement
  const generalIndex = operand.index?.regClass === 'gpr';
  if (base === undefined && generalIndex && !operand.nosplit && [2, 3, 5, 9].includes(scale)) {
    base = index;
    scale -= 1;
  } else if (base === undefined && generalIndex && scale === 1) {
    base = index;
    index = undefined;
  }
  let address = base ?? '';
  if (index !== undefined) address += `${address ? '+' : ''}${index}*${scale}`;
  if (displacement !== undefined && (relocatable || displacement.constant !== 0n || operand.displacementSize !== undefined)) {
    const forced = operand.displacementSize;
    const cls: SlotClass = relocatable || forced === 4 || forced === 8 ? 'i32' : forced === 1 ? 'i8' : slotClass(displacement.constant) === 'i8' ? 'i8' : 'i32';
    if (!relocatable && cls === 'i32' && slotClass(displacement.constant) === 'i64') throw new EncodeError('invalid effective address: impossible displacement');
    if (!relocatable && forced === 1 && overflowsField(displacement.constant, 1)) warnings.push(`byte data${OVERFLOW}`, `byte data${OVERFLOW}`);
    // a 32-bit address is zero-extended, so its relocation is R_X86_64_32 rather than 32S
    const signExtended = operand.addressSize !== 4 && operand.base?.size !== 4 && operand.index?.size !== 4;
    slots.push({ cls, expr: operand.displacement, value: displacement, pcRelative: false, signExtended, displacement: true });
    address += `+{${slots.length - 1}}`;
  }
  if (base === undefined) address = address || '0';
  return { text: `${size}[${address}]`, form: 'register-based' };
}

function isWordOperation(operands: readonly Operand[]): boolean {
  const vector = operands.some((o) => o.kind === 'register' && o.register.regClass !== 'gpr');
  return !vector && operands.some((o) => (o.kind === 'register' ? o.register.size === 2 : o.kind === 'memory' && o.size === 2));
}

/** What nasm says about an address, which it says in its own order, some of it once per pass. */
interface AddressNotes {
  segment: string | undefined;
  /** `rel` asked of a plain number. */
  notRipRelative?: boolean;
  /** `[qword addr]` where only 32 bits can go. */
  displacementSizeIgnored: boolean;
  /** A number that does not fit its 32 bits: nasm reports it once for a moffs address, twice for ModRM. */
  overflowReports: number;
}

function warnAboutAddress({ segment, notRipRelative, displacementSizeIgnored, overflowReports }: AddressNotes, warnings: string[]): void {
  if (segment === undefined && !notRipRelative && !displacementSizeIgnored && overflowReports === 0) return;
  const ignoredSegment = segment !== undefined && IGNORED_SEGMENTS.has(segment)
    ? `${segment} segment base generated, but will be ignored in 64-bit mode [-w+prefix-seg]` : undefined;
  const ignoredSize = displacementSizeIgnored ? 'displacement size ignored on absolute address [-w+ea-dispsize]' : undefined;
  if (notRipRelative) warnings.push('absolute address can not be RIP-relative [-w+ea-absolute]');
  for (const warning of [ignoredSize, ignoredSegment, ignoredSegment, ignoredSize]) if (warning) warnings.push(warning);
  for (let i = 0; i < overflowReports; i++) warnings.push('dword data exceeds bounds [-w+number-overflow]');
}

const beyond = (value: Value, low: bigint, high: bigint): boolean =>
  isConstant(value) && !value.unknown && (value.constant < low || value.constant > high);

type Fields = { position: number; width: number }[];

function tryEncode(run: () => Template): Template | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof KeystoneError) return undefined;
    throw error;
  }
}

/** Turns ModRM `[rip+disp32]` (mod 00, r/m 101) into `[disp32]` through a SIB byte (r/m 100, SIB 25h). */
function ripToAbsolute(bytes: Uint8Array, fields: Fields, displacementAt: number): { bytes: Uint8Array; fields: Fields } {
  const modrm = bytes[displacementAt - 1]!;
  const result = new Uint8Array(bytes.length + 1);
  result.set(bytes.subarray(0, displacementAt));
  result[displacementAt - 1] = (modrm & 0xf8) | 0x04;
  result[displacementAt] = 0x25;
  result.set(bytes.subarray(displacementAt), displacementAt + 1);
  return { bytes: result, fields: fields.map((f) => (f.position >= displacementAt ? { ...f, position: f.position + 1 } : f)) };
}

const LEGACY_PREFIXES = new Set([0x66, 0x67, 0xf2, 0xf3, 0xf0, 0x2e, 0x36, 0x3e, 0x26, 0x64, 0x65]);

function opcodeStart(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && LEGACY_PREFIXES.has(bytes[i]!)) i++;
  return i;
}

/** `jmp/call far [mem]`: Keystone only knows the near forms (FF /4, FF /2); far is the next /r. */
function farForm(bytes: Uint8Array, wide: boolean): Uint8Array {
  let result = Uint8Array.from(bytes);
  const start = opcodeStart(result);
  if (wide) {
    if ((result[start]! & 0xf0) === 0x40) result[start] = result[start]! | 0x08;
    else result = Uint8Array.from([...result.subarray(0, start), 0x48, ...result.subarray(start)]);
  }
  let i = start;
  if ((result[i]! & 0xf0) === 0x40) i++;
  if (result[i] === 0xff) result[i + 1] = result[i + 1]! + 0x08;
  return result;
}

/** Keystone encodes `nop r/m` as 0F 18 /4; the multi-byte NOP is 0F 1F /0. */
function multiByteNop(bytes: Uint8Array): Uint8Array {
  const result = Uint8Array.from(bytes);
  let i = opcodeStart(result);
  if ((result[i]! & 0xf0) === 0x40) i++;
  if (result[i] === 0x0f && result[i + 1] === 0x18) {
    result[i + 1] = 0x1f;
    result[i + 2] = result[i + 2]! & 0xc7;
  }
  return result;
}

/**
 * `push word imm`: Keystone ignores the size and pushes eight bytes; nasm pushes two, with the
 * operand-size prefix and (for the 68h form) a 16-bit immediate.
 */
function wordPush(bytes: Uint8Array, fields: Fields): { bytes: Uint8Array; fields: Fields } {
  const long = bytes[opcodeStart(bytes)] === 0x68;
  const prefixed = withBytesAt(long ? bytes.subarray(0, bytes.length - 2) : bytes, fields, 0, [0x66]);
  return long ? { bytes: prefixed.bytes, fields: prefixed.fields.map((f) => ({ ...f, width: 2 })) } : prefixed;
}

/** `o16`, `o64`, `a32`, `osp` and `asp` written as prefixes: the operand- and address-size overrides nasm emits. */
function applySizePrefixes(
  prefixes: readonly string[], bytes: Uint8Array, fields: Fields, mandatoryOperandSize = false,
): { bytes: Uint8Array; fields: Fields } {
  let result = bytes;
  let shift = 0;
  const insert = (at: number, byte: number): void => {
    const grown = new Uint8Array(result.length + 1);
    grown.set(result.subarray(0, at));
    grown[at] = byte;
    grown.set(result.subarray(at), at + 1);
    result = grown;
    shift++;
  };
  const has = (...names: string[]): boolean => names.some((name) => prefixes.includes(name));
  if (has('a32', 'asp') && !result.subarray(0, opcodeStart(result)).includes(0x67)) insert(0, 0x67);
  // an SSE instruction's own 66h is part of its opcode: the prefix asked for comes on top of it
  const operandSizeSet = !mandatoryOperandSize && result.subarray(0, opcodeStart(result)).includes(0x66);
  if (has('o16', 'osp') && !operandSizeSet) insert(0, 0x66);
  if (prefixes.includes('o64')) {
    const at = opcodeStart(result);
    if ((result[at]! & 0xf0) === 0x40) result = Uint8Array.from(result, (b, i) => (i === at ? b | 0x08 : b));
    else insert(at, 0x48);
  }
  return shift === 0 ? { bytes: result, fields } : { bytes: result, fields: fields.map((f) => ({ ...f, position: f.position + shift })) };
}

/** Removes REX.W (and the REX byte when nothing else is left in it) and, if asked, the 66h prefix. */
function withoutSizePrefixes(bytes: Uint8Array, fields: Fields, operandSizePrefix: boolean): { bytes: Uint8Array; fields: Fields } {
  const start = opcodeStart(bytes);
  const kept: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (i < start && byte === 0x66 && operandSizePrefix) continue;
    if (i === start && (byte & 0xf0) === 0x40) {
      if ((byte & 0x07) !== 0) kept.push(byte & ~0x08);
      continue;
    }
    kept.push(byte);
  }
  const removed = bytes.length - kept.length;
  return { bytes: Uint8Array.from(kept), fields: removed === 0 ? fields : fields.map((f) => ({ ...f, position: f.position - removed })) };
}

export function writeLittleEndian(bytes: Uint8Array, position: number, width: number, value: bigint): void {
  if (width <= 8 && value >= -0x20000000000000n && value <= 0x20000000000000n) {
    // exact as a double: two 32-bit halves, without a BigInt per byte
    const number = Number(value);
    writeWord(bytes, position, Math.min(width, 4), number);
    if (width > 4) writeWord(bytes, position + 4, width - 4, Math.floor(number / 0x100000000));
    return;
  }
  let v = BigInt.asUintN(width * 8, value);
  for (let i = 0; i < width; i++) {
    bytes[position + i] = Number(v & 0xffn);
    v >>= 8n;
  }
}

/** The low `width` bytes (at most 4) of a whole number, two's complement. */
function writeWord(bytes: Uint8Array, position: number, width: number, value: number): void {
  let word = value | 0;
  for (let i = 0; i < width; i++) {
    bytes[position + i] = word & 0xff;
    word >>= 8;
  }
}
