// Each cases/NAME.asm is preprocessed and compared with what `nasm -E` printed for it
// (cases/NAME.expected and cases/NAME.stderr, made by regen.sh). Both sides are normalised the
// same way: no `%line` markers or blank lines, no outer whitespace, and nasm's `[section x]`
// spelling of its directive macros read as `section x`. Messages must match exactly, except for
// nasm's "... from macro defined here" notes, which are not produced.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/common/diagnostic.ts';
import { preprocess } from '../../src/preprocess/preprocess.ts';

const casesDir = fileURLToPath(new URL('cases/', import.meta.url));
const DIRECTIVE_WORDS = 'section|segment|bits|default|global|extern|static|common|required|absolute|cpu|float|org|sectalign|pragma';
const BRACKETED = new RegExp(`^\\[(${DIRECTIVE_WORDS}) (.*)\\]$`, 'i');

function normaliseText(lines: string[]): string[] {
  return lines
    .filter((l) => !l.startsWith('%line'))
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => l.replace(BRACKETED, '$1 $2'));
}

function normaliseMessages(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => l !== '' && !l.includes('... from macro'));
}

function readCase(path: string): string | undefined {
  try {
    return readFileSync(join(casesDir, path), 'latin1');
  } catch {
    return undefined;
  }
}

const names = readdirSync(casesDir).filter((f) => f.endsWith('.asm')).map((f) => f.slice(0, -4)).sort();

describe('preprocessor output matches nasm -E', () => {
  for (const name of names) {
    it(name, () => {
      const file = `${name}.asm`;
      const result = preprocess({ file, text: readCase(file)! }, { includePaths: ['inc/'], readFile: readCase });
      const expected = readCase(`${name}.expected`)!;
      expect(normaliseText(result.lines.map((l) => l.text ?? ''))).toEqual(normaliseText(expected.split('\n')));
      expect(result.diagnostics.map(formatDiagnostic)).toEqual(normaliseMessages(readCase(`${name}.stderr`)!));
    });
  }
});
