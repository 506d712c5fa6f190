// Each corpus program assembled by us must describe the same as nasm's object: section headers
// and bytes, symbols in table order and relocations (fixtures from scripts/regen-asm-fixtures.sh).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/common/diagnostic.ts';
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
      expect(outcome.reason, outcome.reason).toBeUndefined();
      expect(outcome.actual).toBe(corpusCase.expected);
      const warningsPath = join(corpusCase.dir, 'nasm-stderr.txt');
      const expectedWarnings = existsSync(warningsPath) ? readFileSync(warningsPath, 'utf8').trimEnd().split('\n') : [];
      const ourWarnings = outcome.diagnostics.filter((d) => d.severity === 'warning').map(formatDiagnostic);
      expect(ourWarnings).toEqual(expectedWarnings);
    });
  }
});
