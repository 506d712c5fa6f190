// The README documents the real instruction set and options: every opcode row matches the ISA
// table, and every option line of the built-in usage text appears in it.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../src/cli/args.ts';
import { OPCODES } from '../src/program/isa.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists every opcode with its byte and default operand', () => {
    for (const info of OPCODES) {
      const row = readme.split('\n').find((line) => line.startsWith(`| 0x${info.code.toString(16).padStart(2, '0')} | ${info.mnemonic}`));
      expect(row, info.mnemonic).toBeDefined();
      if (info.defaultOperand !== undefined) expect(row, info.mnemonic).toContain(`(${info.defaultOperand})`);
    }
  });

  it('shows every run option of the usage text', () => {
    const options = USAGE.split('\n').filter((line) => line.trimStart().startsWith('--'));
    expect(options.length).toBeGreaterThan(10);
    for (const line of options) expect(readme).toContain(line);
  });
});
