// Constant symbols the preprocessor has already passed on: each finished line in, and for
// `NAME equ <constant expression>` a remembered value out. nasm runs its preprocessor and
// assembler line by line, so `%rep`, `%if` and `%assign` can use an `equ` defined above them;
// this table gives our separate preprocessing stage the same view. Values that need addresses
// (`len equ $ - msg`) are not known here.

import { DiagnosticError } from '../common/diagnostic.ts';
import { evaluateConstant } from '../expr/evaluate.ts';
import { parseExpression } from '../expr/parse.ts';
import type { Token } from '../lex/token.ts';

/** Words that, written after a name without a colon, make that name a label. */
const DATA_WORDS = new Set([
  'db', 'dw', 'dd', 'dq', 'dt', 'do', 'dy', 'dz',
  'resb', 'resw', 'resd', 'resq', 'rest', 'reso', 'resy', 'resz', 'times',
]);

export class ConstantSymbols {
  private readonly values = new Map<string, bigint>();
  /** The last non-local label, which `.name` hangs from. */
  private base = '';

  /** The value of a name defined by an earlier constant `equ`, if any. */
  lookup(name: string): bigint | undefined {
    return this.values.get(this.qualify(name));
  }

  /** Looks at one finished line (tokens ending in `end`) for a label or a constant `equ`. */
  note(tokens: readonly Token[], bits: number): void {
    const first = tokens[0];
    if (first?.kind !== 'identifier') return;
    const colon = tokens[1]?.kind === 'operator' && tokens[1].text === ':';
    const word = tokens[colon ? 2 : 1];
    const wordText = word?.kind === 'identifier' ? word.text.toLowerCase() : '';
    if (wordText === 'equ') {
      this.define(first.text, tokens, colon ? 3 : 2, bits);
      return;
    }
    if ((colon || DATA_WORDS.has(wordText)) && !isLocal(first.text)) this.base = first.text;
  }

  private define(name: string, tokens: readonly Token[], start: number, bits: number): void {
    try {
      const { expr, next } = parseExpression(tokens as Token[], start);
      if (tokens[next]?.kind !== 'end') return;
      const value = evaluateConstant(expr, { lookup: (n) => this.lookup(n), diagnostics: [], bits });
      const key = this.qualify(name);
      // A second definition is the assembler's error to report; keep the first, as it does.
      if (!this.values.has(key)) this.values.set(key, value);
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw e;
    }
  }

  private qualify(name: string): string {
    return isLocal(name) ? this.base + name : name;
  }
}

function isLocal(name: string): boolean {
  return name.startsWith('.') && !name.startsWith('..');
}
