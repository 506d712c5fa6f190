// Bad input never throws to the host: random lines built from assembler vocabulary (mnemonics,
// registers, directives, operators, broken strings and numbers) all come back as diagnostics or
// objects. The generator is seeded, so a failure reproduces.

import { describe, expect, it } from 'vitest';
import { assembleSource } from '../../src/assemble.ts';

const PIECES = [
  'mov', 'rax', ',', '[', ']', 'rbx', '+', '*', '8', 'label:', '.x', 'db', 'dq', '"s', "'", '`', 'times', '$', '$$',
  'equ', 'section', '.data', 'global', 'extern', 'wrt', '..plt', '..got', 'byte', 'qword', 'strict', 'jmp', 'short',
  'call', 'rel', 'abs', '1.5', '0x', '(', ')', '-', '/', '0', 'resb', 'align', 'incbin', 'default', 'bits', 'lea',
  'xmm0', 'fs:', ':', '?', 'push', 'ah', 'sil', 'r8b', 'st0', 'far', 'near', 'loop', '99999999999999999999', 'dt', '-1e9999',
];

function randomSources(count: number, seed: number): string[] {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + next(5) }, () => Array.from({ length: next(7) }, () => PIECES[next(PIECES.length)]).join(' ')).join('\n'));
}

describe('assembler robustness', () => {
  it('turns 400 random malformed sources into diagnostics, never exceptions', async () => {
    const thrown: string[] = [];
    for (const source of randomSources(400, 2024)) {
      try {
        const result = await assembleSource('fuzz.asm', source);
        expect(result.object !== undefined || result.diagnostics.some((d) => d.severity !== 'warning')).toBe(true);
      } catch (error) {
        thrown.push(`${JSON.stringify(source)}: ${String(error)}`);
      }
    }
    expect(thrown).toEqual([]);
  });
});
