// The malformed-source corpus: `test/asm/errors/<name>.asm` with nasm's stderr beside it in
// `<name>.stderr`, and optionally `<name>.differences`, whose first line is the line we print
// instead where nasm's wording is out of reach (the rest of that file says why).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ErrorCase {
  name: string;
  file: string;
  source: string;
  /** nasm rejected the file (an error or fatal line), rather than only warning. */
  rejected: boolean;
  /**
   * What we must print: nasm's first error line, or its first warning when it only warned, with the
   * "... from macro" and `info:` lines nasm prints under it.
   */
  expectedLine: string;
  /** Present when `expectedLine` is our deliberate wording rather than nasm's. */
  difference?: { nasmLine: string; why: string };
}

export function listErrorCases(errorsDir: string): ErrorCase[] {
  return readdirSync(errorsDir)
    .filter((entry) => entry.endsWith('.asm'))
    .sort()
    .map((entry) => loadErrorCase(errorsDir, entry.slice(0, -'.asm'.length)));
}

function loadErrorCase(errorsDir: string, name: string): ErrorCase {
  const file = `${name}.asm`;
  const stderr = readFileSync(join(errorsDir, `${name}.stderr`), 'utf8').split('\n');
  const errorLine = stderr.find((line) => / (error|fatal): /.test(line));
  const firstLine = errorLine ?? stderr.find((line) => / warning: /.test(line));
  if (firstLine === undefined) throw new Error(`${name}.stderr holds neither an error nor a warning`);
  const trace = [];
  for (let i = stderr.indexOf(firstLine) + 1; / \.\.\. from macro | info: /.test(stderr[i] ?? ''); i++) trace.push(stderr[i]!);
  const nasmLine = [firstLine, ...trace].join('\n');
  const loaded: ErrorCase = {
    name,
    file,
    source: readFileSync(join(errorsDir, file), 'latin1'),
    rejected: errorLine !== undefined,
    expectedLine: nasmLine,
  };
  const differencesPath = join(errorsDir, `${name}.differences`);
  if (existsSync(differencesPath)) {
    const [ours, ...why] = readFileSync(differencesPath, 'utf8').split('\n');
    loaded.expectedLine = ours;
    loaded.difference = { nasmLine, why: why.join('\n').trim() };
  }
  return loaded;
}
