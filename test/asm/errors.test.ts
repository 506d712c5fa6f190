// Malformed sources: we reject what nasm rejects (and only warn where nasm only warns), and our
// first error line, formatted by formatDiagnostic, is exactly nasm's (see errors.ts for the
// recorded deliberate differences).

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assembleSource } from '../../src/assemble.ts';
import { formatDiagnostic, hasErrors } from '../../src/common/diagnostic.ts';
import { optionsForFolder } from './corpus.ts';
import { listErrorCases } from './errors.ts';

const errorsDir = fileURLToPath(new URL('./errors', import.meta.url));
const cases = listErrorCases(errorsDir);

describe('malformed sources', () => {
  it('has at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  for (const errorCase of cases) {
    it(errorCase.name, async () => {
      const result = await assembleSource(errorCase.file, errorCase.source, optionsForFolder(errorsDir));
      expect(hasErrors(result.diagnostics)).toBe(errorCase.rejected);
      expect(result.object === undefined).toBe(errorCase.rejected);
      const wanted = errorCase.rejected ? ['error', 'fatal'] : ['warning'];
      const first = result.diagnostics.find((d) => wanted.includes(d.severity));
      expect(first && formatDiagnostic(first)).toBe(errorCase.expectedLine);
    });
  }
});

