// Source text in, Program out. One instruction per line: `[label:] MNEMONIC [operand] [; comment]`.
// Operands left out take the ISA's default, so the seed's bare `PUSH`/`ADD`/`LOAD` assemble.
// Every bad line is reported (`FILE:LINE: error: ...`) before giving up, as nasm does.

import { MEMORY_WORDS, opcodeByMnemonic, type OpcodeInfo } from '../program/isa.ts';
import { InputError, type Diagnostic } from '../program/diagnostic.ts';
import type { Instruction, Program } from '../program/program.ts';

const LABEL = /^[A-Za-z_.][A-Za-z0-9_.$]*$/;
const INTEGER = /^[+-]?(0x[0-9a-f]+|0b[01]+|[0-9]+)$/i;
const INT32_MIN = -0x80000000;
const INT32_MAX = 0x7fffffff;

interface PendingTarget {
  readonly index: number;
  readonly label: string;
  readonly line: number;
}

function stripComment(line: string): string {
  const cut = line.search(/[;#]/);
  return (cut < 0 ? line : line.slice(0, cut)).trim();
}

function parseInteger(text: string): number | undefined {
  if (!INTEGER.test(text)) return undefined;
  const negative = text.startsWith('-');
  const digits = text.replace(/^[+-]/, '');
  const value = Number(digits.toLowerCase().startsWith('0b') ? parseInt(digits.slice(2), 2) : Number(digits));
  return negative ? -value : value;
}

/** Checks an explicit operand against what the opcode's operand means; returns an error message or the value. */
function checkOperand(info: OpcodeInfo, text: string): { value?: number; label?: string; error?: string } {
  const value = parseInteger(text);
  if (value === undefined) {
    if (info.operand === 'target' && LABEL.test(text)) return { label: text };
    const wanted = info.operand === 'target' ? 'a label or instruction number' : 'an integer';
    return { error: `${info.mnemonic} expects ${wanted}, got \`${text}'` };
  }
  if (value < INT32_MIN || value > INT32_MAX) return { error: `operand ${text} does not fit in 32 bits` };
  if (info.operand === 'address' && (value < 0 || value >= MEMORY_WORDS)) {
    return { error: `address ${value} is outside task memory (0..${MEMORY_WORDS - 1})` };
  }
  if (info.operand === 'ticks' && value < 0) return { error: `${info.mnemonic} cannot take a negative tick count` };
  return { value };
}

export function assembleSource(source: string, file: string): Program {
  const diagnostics: Diagnostic[] = [];
  const error = (line: number, message: string): void => {
    diagnostics.push({ file, line, message });
  };
  const instructions: Instruction[] = [];
  const labels = new Map<string, number>();
  const pending: PendingTarget[] = [];

  source.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    let text = stripComment(raw);
    const colon = text.indexOf(':');
    if (colon >= 0) {
      const label = text.slice(0, colon).trim();
      if (!LABEL.test(label)) error(line, `bad label name \`${label}'`);
      else if (labels.has(label)) error(line, `label \`${label}' defined twice`);
      else labels.set(label, instructions.length);
      text = text.slice(colon + 1).trim();
    }
    if (text === '') return;

    const [mnemonic, ...rest] = text.split(/[\s,]+/);
    const info = opcodeByMnemonic(mnemonic);
    if (info === undefined) {
      error(line, `unknown instruction \`${mnemonic}'`);
      return;
    }
    if (rest.length > 1) {
      error(line, `${info.mnemonic} takes at most one operand, got ${rest.length}`);
      return;
    }
    if (info.operand === 'none') {
      if (rest.length > 0) error(line, `${info.mnemonic} takes no operand, got \`${rest[0]}'`);
      instructions.push({ op: info.code, operand: 0 });
      return;
    }
    if (rest.length === 0) {
      if (info.defaultOperand === undefined) error(line, `${info.mnemonic} needs an operand`);
      instructions.push({ op: info.code, operand: info.defaultOperand ?? 0 });
      return;
    }
    const checked = checkOperand(info, rest[0]);
    if (checked.error !== undefined) error(line, checked.error);
    if (checked.label !== undefined) pending.push({ index: instructions.length, label: checked.label, line });
    instructions.push({ op: info.code, operand: checked.value ?? 0 });
  });

  for (const target of pending) {
    const index = labels.get(target.label);
    if (index === undefined) error(target.line, `undefined label \`${target.label}'`);
    else if (index >= instructions.length) error(target.line, `label \`${target.label}' marks no instruction`);
    else instructions[target.index] = { op: instructions[target.index].op, operand: index };
  }
  if (instructions.length === 0 && diagnostics.length === 0) diagnostics.push({ file, line: 0, message: 'no instructions' });
  if (diagnostics.length > 0) {
    diagnostics.sort((a, b) => a.line - b.line);
    throw new InputError(diagnostics);
  }
  return {
    ops: Uint8Array.from(instructions, (ins) => ins.op),
    operands: Int32Array.from(instructions, (ins) => ins.operand),
  };
}
