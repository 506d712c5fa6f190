import { describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../src/common/diagnostic.ts';
import type { Expr } from '../../src/expr/ast.ts';
import { parseExpression } from '../../src/expr/parse.ts';
import { tokenizeLine } from '../../src/lex/tokenize.ts';

const here = { file: 'e.asm', line: 7 };

/** Renders a tree fully parenthesised so precedence is visible. */
function show(e: Expr): string {
  switch (e.kind) {
    case 'number': return e.value.toString();
    case 'float': return e.text;
    case 'symbol': return e.name;
    case 'here': return '$';
    case 'section-start': return '$$';
    case 'string': return `'${Buffer.from(e.bytes).toString()}'`;
    case 'unary': return `(${e.op} ${show(e.operand)})`;
    case 'binary': return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case 'conditional': return `(${show(e.condition)} ? ${show(e.then)} : ${show(e.else)})`;
    case 'wrt': return `(${show(e.operand)} wrt ${e.target})`;
    case 'call': return `${e.name}(${e.args.map(show).join(', ')})`;
  }
}

function parse(text: string): string {
  const tokens = tokenizeLine(text, here, { afterPreprocessing: true });
  const { expr, next } = parseExpression(tokens, 0);
  expect(tokens[next]!.kind).toBe('end');
  return show(expr);
}

function errorOf(text: string): string {
  try {
    parseExpression(tokenizeLine(text, here, { afterPreprocessing: true }), 0);
  } catch (e) {
    if (e instanceof DiagnosticError) return `${e.diagnostic.line}: ${e.diagnostic.message}`;
    throw e;
  }
  return 'no error';
}

describe('parseExpression precedence', () => {
  const cases: [string, string][] = [
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['1 - 2 - 3', '((1 - 2) - 3)'],
    ['1 << 2 + 3', '(1 << (2 + 3))'],
    ['a & b | c ^ d', '((a & b) | (c ^ d))'],
    ['a | b ^ c & d', '(a | (b ^ (c & d)))'],
    ['1 < 2 == 3', '((1 < 2) == 3)'],
    ['a = b', '(a == b)'],
    ['a || b ^^ c && d', '(a || (b ^^ (c && d)))'],
    ['a == 1 && b | 2', '((a == 1) && (b | 2))'],
    ['-a * b', '((- a) * b)'],
    ['~!-+x', '(~ (! (- (+ x))))'],
    ['a // b %% c % d / e', '((((a // b) %% c) % d) / e)'],
    ['a >>> 1 <<< 2', '((a >>> 1) <<< 2)'],
    ['a <=> b', '(a <=> b)'],
    ['1 * 2 + 3 * 4 - 5', '(((1 * 2) + (3 * 4)) - 5)'],
    ['a || b && c || d', '((a || (b && c)) || d)'],
    ['1 + 2 << 3 + 4 < 5 | 6', '(((1 + 2) << (3 + 4)) < (5 | 6))'],
    ['a ? b : c ? d : e', '(a ? b : (c ? d : e))'],
    ['a || b ? 1 : 2', '((a || b) ? 1 : 2)'],
    ['(1 + 2) * 3', '((1 + 2) * 3)'],
    ['$ - $$', '($ - $$)'],
    ["'ab' + 1", "('ab' + 1)"],
    ['puts wrt ..plt', '(puts wrt ..plt)'],
    ['msg + 4 wrt ..gotpcrel', '((msg + 4) wrt ..gotpcrel)'],
    ['seg foo', '(seg foo)'],
    ['__float64__(1.5)', '__float64__(1.5)'],
    ['__?float32?__(-2.0)', '__float32__((- 2.0))'],
    ['__utf16__("ab")', "__utf16__('ab')"],
  ];
  for (const [source, tree] of cases) it(source, () => expect(parse(source)).toBe(tree));
});

describe('parseExpression stops where the expression ends', () => {
  it('leaves a comma for the caller', () => {
    const tokens = tokenizeLine('rbx + rcx*8 + 16, 3', here, { afterPreprocessing: true });
    const { expr, next } = parseExpression(tokens, 0);
    expect(show(expr)).toBe('((rbx + (rcx * 8)) + 16)');
    expect(tokens[next]!.text).toBe(',');
  });
  it('starts from the given index', () => {
    const tokens = tokenizeLine('len equ $ - msg', here, { afterPreprocessing: true });
    const { expr, next } = parseExpression(tokens, 2);
    expect(show(expr)).toBe('($ - msg)');
    expect(next).toBe(5);
  });
});

describe('parseExpression errors use nasm wording', () => {
  const cases: [string, string][] = [
    ['1 +', '7: expression syntax error'],
    ['(1', "7: expecting `)'"],
    ['1 ? 2', "7: `?' without matching `:'"],
    ['12ab', '7: expression syntax error'],
    ["'abc", '7: expression syntax error'],
    ['*', '7: expression syntax error'],
    ['', '7: expression syntax error'],
    ['foo wrt 3', '7: expression syntax error'],
    ['('.repeat(5000) + '1' + ')'.repeat(5000), '7: expression too deeply nested'],
    ['-'.repeat(5000) + '1', '7: expression too deeply nested'],
  ];
  for (const [source, message] of cases) it(source.slice(0, 20) || '(empty)', () => expect(errorOf(source)).toBe(message));
});
