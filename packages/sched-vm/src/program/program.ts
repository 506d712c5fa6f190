// The decoded program every later stage works on: parallel arrays of opcodes and operands indexed
// by instruction number (jump targets are instruction numbers), plus how to print one instruction.

import { opcodeInfo } from './isa.ts';

export interface Program {
  /** One opcode byte per instruction. */
  readonly ops: Uint8Array;
  /** The operand of each instruction; 0 for instructions without one. */
  readonly operands: Int32Array;
}

export interface Instruction {
  readonly op: number;
  readonly operand: number;
}

export function programFromInstructions(instructions: readonly Instruction[]): Program {
  const ops = new Uint8Array(instructions.length);
  const operands = new Int32Array(instructions.length);
  instructions.forEach((ins, i) => {
    ops[i] = ins.op;
    operands[i] = ins.operand;
  });
  return { ops, operands };
}

export function instructionCount(program: Program): number {
  return program.ops.length;
}

/**
 * `PUSH 5`, or the bare mnemonic when the operand is the default, so the seed's programs trace
 * exactly as the seed prints them (`PUSH`, `ADD`). Jump targets print through `nameTarget`.
 */
export function formatInstruction(
  program: Program,
  index: number,
  nameTarget: (target: number) => string = String,
): string {
  const op = program.ops[index];
  const operand = program.operands[index];
  const info = opcodeInfo(op);
  if (info === undefined) return `DB 0x${op.toString(16).padStart(2, '0')}`;
  if (info.operand === 'none' || operand === info.defaultOperand) return info.mnemonic;
  if (info.operand === 'target') return `${info.mnemonic} ${nameTarget(operand)}`;
  return `${info.mnemonic} ${operand}`;
}
