// Entry for `npm run conformance` (bundled by scripts/conformance.mjs): assembles every corpus
// case and every malformed source in-process and returns one result line per case, so the
// script can print and count them without vitest. Folders are passed in because the bundle
// runs from elsewhere.

import { assembleSource } from '../../src/assemble.ts';
import { formatDiagnostic, hasErrors } from '../../src/common/diagnostic.ts';
import { assembleCase, listCases, optionsForFolder } from './corpus.ts';
import { listErrorCases } from './errors.ts';

export interface CaseResult {
  name: string;
  ok: boolean;
  /** Our object equals nasm's byte for byte (corpus cases only). */
  identical?: boolean;
  reason?: string;
}

export async function runCorpus(casesDir: string): Promise<CaseResult[]> {
  const cases = listCases(casesDir);
  const results: CaseResult[] = [];
  for (const corpusCase of cases) {
    try {
      const outcome = await assembleCase(corpusCase);
      const identical = outcome.object !== undefined && sameBytes(outcome.object, corpusCase.nasmObject);
      results.push({ name: corpusCase.name, ok: outcome.ok, identical, reason: outcome.reason });
    } catch (error) {
      results.push({ name: corpusCase.name, ok: false, reason: `crashed: ${(error as Error).message}` });
    }
  }
  return results;
}

export async function runErrorCorpus(errorsDir: string): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const errorCase of listErrorCases(errorsDir)) {
    try {
      const result = await assembleSource(errorCase.file, errorCase.source, optionsForFolder(errorsDir));
      const wanted = errorCase.rejected ? ['error', 'fatal'] : ['warning'];
      const first = result.diagnostics.find((d) => wanted.includes(d.severity));
      const line = first ? formatDiagnostic(first) : '<nothing>';
      const verdictMatches = hasErrors(result.diagnostics) === errorCase.rejected;
      const ok = verdictMatches && line === errorCase.expectedLine;
      results.push({ name: errorCase.name, ok, reason: ok ? undefined : `expected ${JSON.stringify(errorCase.expectedLine)}, got ${JSON.stringify(line)}` });
    } catch (error) {
      results.push({ name: errorCase.name, ok: false, reason: `crashed: ${(error as Error).message}` });
    }
  }
  return results;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
