// Each corpus program assembled by us must describe the same as nasm's object: section headers
// and bytes, symbols in table order and relocations, and print the same warnings (fixtures from
// scripts/regen-asm-fixtures.sh).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assembleCase, listCases } from './corpus.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const casesDir = join(root, 'test/asm/cases');
const cases = listCases(casesDir);

describe('nasm fixture corpus', () => {
  it('includes the shipped programs and enough cases', () => {
    for (const program of ['hello', 'repl']) {
      const shipped = readFileSync(join(root, 'asm', `${program}.asm`), 'latin1');
      expect(cases.find((c) => c.name === program)?.source).toBe(shipped);
    }
    expect(cases.length).toBeGreaterThanOrEqual(45);
  });

  for (const corpusCase of cases) {
    it(corpusCase.name, async () => {
      const outcome = await assembleCase(corpusCase);
      // The description first, so a mismatch shows as a line diff; then the one-line reason,
      // which also covers warnings.
      if (outcome.actual !== undefined) expect(outcome.actual).toBe(corpusCase.expected);
      expect(outcome.reason, outcome.reason).toBeUndefined();
    });
  }
});
