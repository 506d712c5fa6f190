// Constant expressions in preprocessor lines: the `%assign`/`%if` evaluation of a token list, and
// nasm 2.16's preprocessor functions a line may call, `%num(value, digits, base)` (the digits as a
// string) and `%abs(value)`, replaced by their results before the line is written out.

import { DiagnosticError } from '../common/diagnostic.ts';
import { evaluateConstant } from '../expr/evaluate.ts';
import { parseExpression } from '../expr/parse.ts';
import type { Token } from '../lex/token.ts';
import { splitArguments } from './multi-line.ts';
import type { Preprocessor } from './preprocessor.ts';
import { isOperator } from './token-helpers.ts';

/** Expands and evaluates a constant expression, reporting problems; undefined when it fails. */
export function evaluateTokens(pp: Preprocessor, tokens: Token[], directive: string): bigint | undefined {
  const expanded = pp.rescan(pp.expand(tokens).tokens);
  const line = callsFunctions(expanded) ? withFunctionsCalled(pp, expanded) : expanded;
  try {
    const { expr, next } = parseExpression(line, 0);
    if (line[next]!.kind !== 'end') pp.report('warning', 'trailing garbage after expression ignored [-w+pp-trailing]');
    return evaluateConstant(pp.constants.resolve(expr), {
      directive, diagnostics: pp.diagnostics, bits: pp.bits, lookup: (symbol) => pp.constants.lookup(symbol),
    });
  } catch (e) {
    if (!(e instanceof DiagnosticError)) throw e;
    pp.report('error', e.diagnostic.message);
    return undefined;
  }
}

const FUNCTIONS = new Set(['%num', '%abs']);
/** The most digits `%num` gives, as in nasm. */
const MAX_DIGITS = 253n;

/** Whether the line calls one of the functions. */
export function callsFunctions(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'preprocessor' && FUNCTIONS.has(t.text.toLowerCase()));
}

/** The line with each `%num(...)` and `%abs(...)` replaced by its value; a call that fails leaves nothing. */
export function withFunctionsCalled(pp: Preprocessor, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const name = token.kind === 'preprocessor' ? token.text.toLowerCase() : '';
    if (!FUNCTIONS.has(name) || !isOperator(tokens[i + 1], '(')) {
      out.push(token);
      continue;
    }
    const close = closingParenthesis(tokens, i + 1);
    if (close < 0) {
      pp.report('error', "macro call expects terminating `)'");
      return out.concat(tokens.slice(i + 1));
    }
    // calls inside the arguments first: `%num(%abs(x), , 16)`
    const result = call(pp, name, splitArguments(withFunctionsCalled(pp, tokens.slice(i + 2, close))), token);
    if (result) out.push(result);
    i = close;
  }
  return out;
}

function closingParenthesis(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    if (isOperator(tokens[k], '(')) depth++;
    else if (isOperator(tokens[k], ')') && --depth === 0) return k;
  }
  return -1;
}

function call(pp: Preprocessor, name: string, args: Token[][], at: Token): Token | undefined {
  const value = args[0]?.length ? evaluateTokens(pp, args[0], name) : undefined;
  if (value === undefined) {
    if (!args[0]?.length) pp.report('error', 'expression syntax error');
    return undefined;
  }
  const { location, spaceBefore } = at;
  if (name === '%abs') {
    const magnitude = BigInt.asIntN(64, value) < 0n ? -BigInt.asIntN(64, value) : value;
    return { kind: 'number', text: magnitude.toString(), value: magnitude, location, spaceBefore };
  }
  const digits = args[1]?.length ? evaluateTokens(pp, args[1], name) : undefined;
  const base = args[2]?.length ? evaluateTokens(pp, args[2], name) : 10n;
  if (base === undefined) return undefined;
  if (base < 2n || base > 36n) {
    pp.report('error', `invalid base ${base} given to %num()`);
    return undefined;
  }
  if (digits !== undefined && (digits > MAX_DIGITS || digits < -MAX_DIGITS)) {
    pp.report('error', `digit count ${digits} specified to %num() too large`);
    return undefined;
  }
  let text = BigInt.asUintN(64, value).toString(Number(base));
  // a positive count of digits is exact (high digits cut, zeros added); a negative one a minimum
  const count = digits === undefined ? 1 : Math.abs(Number(digits));
  if (digits !== undefined && digits > 0n && text.length > count) text = text.slice(text.length - count);
  text = text.padStart(count, '0');
  return { kind: 'string', text: `'${text}'`, bytes: new TextEncoder().encode(text), quote: "'", location, spaceBefore };
}
