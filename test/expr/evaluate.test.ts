import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticError, type Diagnostic } from '../../src/common/diagnostic.ts';
import { evaluateConstant } from '../../src/expr/evaluate.ts';
import { parseExpression } from '../../src/expr/parse.ts';
import { tokenizeLine } from '../../src/lex/tokenize.ts';

const cases = JSON.parse(readFileSync(new URL('fixtures/constants.json', import.meta.url), 'utf8')) as {
  text: string;
  value?: string;
  error?: string;
  warning?: string;
}[];

function run(text: string, lookup?: (name: string) => bigint | undefined) {
  const diagnostics: Diagnostic[] = [];
  try {
    const tokens = tokenizeLine(text, { file: 'x.asm', line: 1 });
    const { expr, next } = parseExpression(tokens, 0);
    if (tokens[next]!.kind !== 'end') return { error: 'trailing tokens', diagnostics };
    return { value: evaluateConstant(expr, { directive: '%assign', diagnostics, lookup }).toString(), diagnostics };
  } catch (e) {
    if (e instanceof DiagnosticError) return { error: e.diagnostic.message, diagnostics };
    throw e;
  }
}

describe('constant expressions agree with nasm %assign', () => {
  for (const c of cases) {
    it(c.text || '(empty)', () => {
      const result = run(c.text);
      if (c.error !== undefined) expect(result.error).toBe(c.error);
      else expect(result.value).toBe(c.value);
      expect(result.diagnostics.map((d) => d.message)).toEqual(c.warning ? [c.warning] : []);
    });
  }
});

describe('evaluateConstant', () => {
  it('reads symbols through the lookup', () => {
    expect(run('WIDTH * 2', (n) => (n === 'WIDTH' ? 40n : undefined)).value).toBe('80');
  });
  it('wraps at 64 bits when the signed minimum is divided by -1', () => {
    expect(run('0x8000000000000000 // -1').value).toBe('-9223372036854775808');
  });
  it('refuses a tree too deep to walk safely', () => {
    expect(run(Array(5000).fill('1').join('+')).error).toBe('expression too deeply nested');
    expect(run(Array(500).fill('1').join('+')).value).toBe('500');
  });
  it('refuses wrt', () => {
    expect(run('x wrt ..plt', () => 1n).error).toBe("non-constant value given to `%assign'");
  });
});
