// Program in, source text out: text that assembles back to the very same bytes. Jump targets
// inside the program get labels (`L7:`); a target outside it stays a number so it survives too.

import { opcodeInfo } from '../program/isa.ts';
import { formatInstruction, type Program } from '../program/program.ts';

const labelFor = (index: number): string => `L${index}`;

export function disassembleProgram(program: Program, title?: string): string {
  const count = program.ops.length;
  const targets = new Set<number>();
  for (let i = 0; i < count; i++) {
    const operand = program.operands[i];
    if (opcodeInfo(program.ops[i])?.operand === 'target' && operand >= 0 && operand < count) targets.add(operand);
  }
  const nameTarget = (t: number): string => (targets.has(t) ? labelFor(t) : String(t));
  const lines: string[] = [];
  if (title !== undefined) lines.push(`; ${title}: ${count} instruction${count === 1 ? '' : 's'}`);
  for (let i = 0; i < count; i++) {
    if (targets.has(i)) lines.push(`${labelFor(i)}:`);
    lines.push(`    ${formatInstruction(program, i, nameTarget)}`);
  }
  return `${lines.join('\n')}\n`;
}
