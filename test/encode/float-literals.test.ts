// Float constants against real nasm: a few thousand literals (decimal, exact rounding ties, hex,
// octal and binary, subnormals, overflow, specials) in every width, as data and through the
// __floatN__ functions, with the bytes nasm 2.16 wrote (test/encode/regen-float-literals.mjs).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleSource } from '../../src/assemble.ts';
import { hasErrors } from '../../src/common/diagnostic.ts';
import { readObject } from '../../src/elf/read.ts';
import { encodeFloat } from '../../src/encode/float.ts';

const rows = readFileSync(new URL('./float-literals.tsv', import.meta.url), 'latin1')
  .split('\n')
  .filter((row) => row !== '')
  .map((row) => {
    const [lines, hex] = row.split('\t') as [string, string];
    return { lines: lines.split('\\n'), hex };
  });

const UNIT: Readonly<Record<string, number>> = { db: 1, dw: 2, dd: 4, dq: 8, dt: 10, do: 16 };

describe('float literals as nasm encodes them', () => {
  it('has the generated table', () => expect(rows.length).toBeGreaterThan(4000));

  it('encodes each data literal to the same bytes', () => {
    const mismatches: string[] = [];
    for (const { lines, hex } of rows) {
      const data = lines.length === 1 ? /^(d[bwdqto]) (-?)(\S+)$/.exec(lines[0]!) : null;
      if (!data || data[3]!.startsWith('__float')) continue;
      const ours = Buffer.from(encodeFloat(data[3]!, UNIT[data[1]!]!, data[2] === '-')).toString('hex');
      if (ours !== hex) mismatches.push(`${lines[0]}: ours ${ours}, nasm ${hex}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('assembles the whole table, functions and %assign included, to the same bytes', async () => {
    const source = ['section .data', ...rows.flatMap((row) => row.lines)].join('\n') + '\n';
    const result = await assembleSource('floats.asm', source);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(hasErrors(result.diagnostics)).toBe(false);
    const data = readObject(result.object!, 'ours').sections.find((s) => s.name === '.data')!;
    const ours = Buffer.from(data.data).toString('hex');
    const expected = rows.map((row) => row.hex).join('');
    let offset = 0;
    for (const { lines, hex } of rows) {
      expect(ours.slice(offset, offset + hex.length), lines.join(' / ')).toBe(hex);
      offset += hex.length;
    }
    expect(ours).toBe(expected);
  });
});
