// The instruction set as a table: opcode byte, mnemonic, what the operand means and its default.
// Everything that reads or writes instructions (binary format, assembler, disassembler, VM trace)
// looks mnemonics and operand rules up here, so adding an instruction is one row.

/** What an instruction's 32-bit operand means; `none` means the instruction has no operand bytes. */
export type OperandKind = 'none' | 'value' | 'address' | 'target' | 'ticks';

export interface OpcodeInfo {
  readonly code: number;
  readonly mnemonic: string;
  readonly operand: OperandKind;
  /** Used when the source gives no operand; absent means the operand is required. */
  readonly defaultOperand?: number;
  readonly summary: string;
}

export const OP_PUSH = 0x01;
export const OP_ADD = 0x02;
export const OP_SUB = 0x03;
export const OP_LOAD = 0x04;
export const OP_SLEEP = 0x05;
export const OP_NOP = 0x06;
export const OP_HALT = 0x07;
export const OP_STORE = 0x08;
export const OP_JMP = 0x09;
export const OP_JZ = 0x0a;
export const OP_JNZ = 0x0b;
export const OP_PRINT = 0x0c;
export const OP_POP = 0x0d;
export const OP_DUP = 0x0e;
export const OP_MUL = 0x0f;
export const OP_DIV = 0x10;
export const OP_MOD = 0x11;
export const OP_ADDS = 0x12;
export const OP_SUBS = 0x13;
export const OP_MULS = 0x14;
export const OP_DIVS = 0x15;
export const OP_MODS = 0x16;

/** Words of per-task memory that LOAD and STORE address. */
export const MEMORY_WORDS = 256;
/** Deepest a task's stack may grow before it faults. */
export const STACK_LIMIT = 1024;

export const OPCODES: readonly OpcodeInfo[] = [
  { code: OP_PUSH, mnemonic: 'PUSH', operand: 'value', defaultOperand: 0, summary: 'push n' },
  { code: OP_ADD, mnemonic: 'ADD', operand: 'value', defaultOperand: 1, summary: 'top := top + n' },
  { code: OP_SUB, mnemonic: 'SUB', operand: 'value', defaultOperand: 1, summary: 'top := top - n' },
  { code: OP_LOAD, mnemonic: 'LOAD', operand: 'address', defaultOperand: 0, summary: 'push memory[a]' },
  { code: OP_SLEEP, mnemonic: 'SLEEP', operand: 'ticks', defaultOperand: 0, summary: 'block for n ticks (0: yield)' },
  { code: OP_NOP, mnemonic: 'NOP', operand: 'none', summary: 'do nothing for one tick' },
  { code: OP_HALT, mnemonic: 'HALT', operand: 'none', summary: 'finish the task' },
  { code: OP_STORE, mnemonic: 'STORE', operand: 'address', defaultOperand: 0, summary: 'pop into memory[a]' },
  { code: OP_JMP, mnemonic: 'JMP', operand: 'target', summary: 'jump to instruction t' },
  { code: OP_JZ, mnemonic: 'JZ', operand: 'target', summary: 'pop; jump to t if it was zero' },
  { code: OP_JNZ, mnemonic: 'JNZ', operand: 'target', summary: 'pop; jump to t if it was not zero' },
  { code: OP_PRINT, mnemonic: 'PRINT', operand: 'none', summary: 'pop and print' },
  { code: OP_POP, mnemonic: 'POP', operand: 'none', summary: 'drop top' },
  { code: OP_DUP, mnemonic: 'DUP', operand: 'none', summary: 'push a copy of top' },
  { code: OP_MUL, mnemonic: 'MUL', operand: 'value', summary: 'top := top * n' },
  { code: OP_DIV, mnemonic: 'DIV', operand: 'value', summary: 'top := top / n (truncates; n = 0 faults)' },
  { code: OP_MOD, mnemonic: 'MOD', operand: 'value', summary: 'top := top % n (n = 0 faults)' },
  { code: OP_ADDS, mnemonic: 'ADDS', operand: 'none', summary: 'pop b, pop a, push a + b' },
  { code: OP_SUBS, mnemonic: 'SUBS', operand: 'none', summary: 'pop b, pop a, push a - b' },
  { code: OP_MULS, mnemonic: 'MULS', operand: 'none', summary: 'pop b, pop a, push a * b' },
  { code: OP_DIVS, mnemonic: 'DIVS', operand: 'none', summary: 'pop b, pop a, push a / b (b = 0 faults)' },
  { code: OP_MODS, mnemonic: 'MODS', operand: 'none', summary: 'pop b, pop a, push a % b (b = 0 faults)' },
];

const byCode: (OpcodeInfo | undefined)[] = [];
const byMnemonic = new Map<string, OpcodeInfo>();
for (const info of OPCODES) {
  byCode[info.code] = info;
  byMnemonic.set(info.mnemonic, info);
}

export function opcodeInfo(code: number): OpcodeInfo | undefined {
  return byCode[code];
}

/** Case-insensitive, as assemblers usually are. */
export function opcodeByMnemonic(mnemonic: string): OpcodeInfo | undefined {
  return byMnemonic.get(mnemonic.toUpperCase());
}

export function hasOperand(code: number): boolean {
  const info = byCode[code];
  return info !== undefined && info.operand !== 'none';
}
