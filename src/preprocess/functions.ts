// What preprocessor lines compute: constant expressions (`%assign`, `%if`), the `%if` family's
// tests, and nasm 2.16.01's preprocessor functions, each call replaced by its result before the
// line is written out: `%num`, `%abs`, `%eval`, `%strcat`, `%strlen`, `%substr`, `%str`, `%tok`,
// `%count`, `%cond`, `%sel`, and `%isdef`, `%isidn`, ... (the `%if` tests as 1 or 0).

import { DiagnosticError } from '../common/diagnostic.ts';
import { evaluateConstant } from '../expr/evaluate.ts';
import { parseExpression } from '../expr/parse.ts';
import { tokenizeLine } from '../lex/tokenize.ts';
import type { Token } from '../lex/token.ts';
import { identicalSides, readConditionalDirective, tokenShapeTest, type ConditionalDirective } from './conditions.ts';
import { parseMacroHeader } from './multi-line.ts';
import { quoteString, type Preprocessor } from './preprocessor.ts';
import { renderTokens } from './render.ts';
import { isOperator, stringText, withoutEnd, withSpace } from './token-helpers.ts';

/** Expanded tokens of a directive's arguments, rescanned so pasted pieces are whole tokens. */
export function expandedArgs(pp: Preprocessor, tokens: Token[]): Token[] {
  return withoutEnd(pp.rescan(pp.expand(tokens).tokens));
}

/** Expands and evaluates a constant expression, reporting problems; undefined when it fails. */
export function evaluateTokens(pp: Preprocessor, tokens: Token[], directive: string): bigint | undefined {
  const asked = callsFunctions(tokens, true) ? withFunctionsCalled(pp, tokens, true) : tokens;
  const expanded = pp.rescan(pp.expand(asked).tokens);
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

// ---- the `%if` tests --------------------------------------------------------------------------

/** Whether the `%if`-family test `directive` holds for `args`. */
export function testCondition(pp: Preprocessor, directive: ConditionalDirective, args: Token[], name: string): boolean {
  const result = rawTest(pp, directive, args, name);
  return directive.negated ? !result : result;
}

function rawTest(pp: Preprocessor, directive: ConditionalDirective, args: Token[], name: string): boolean {
  switch (directive.kind) {
    case 'expression': {
      const value = evaluateTokens(pp, args, name);
      return value !== undefined && value !== 0n;
    }
    case 'def': {
      return args.some((t) => t.kind === 'identifier' && pp.isDefined(t.text));
    }
    case 'macro': {
      const macro = args[0];
      if (macro?.kind !== 'identifier') {
        pp.report('error', `\`${name}' expects a macro name`);
        return false;
      }
      const definitions = pp.macros.multiDefinitions(macro.text);
      if (args.length === 1) return definitions.length > 0;
      const header = parseMacroHeader(args, name);
      if (typeof header === 'string') return definitions.length > 0;
      // A greedy count (`1+`) on either side leaves the range open above.
      const upper = (m: { maxParams: number; greedy: boolean }): number => (m.greedy ? Infinity : m.maxParams);
      return definitions.some((d) => d.minParams <= upper(header) && header.minParams <= upper(d));
    }
    case 'idn':
    case 'idni': {
      const same = identicalSides(expandedArgs(pp, args), directive.kind === 'idni');
      if (typeof same === 'string') {
        pp.report('error', `\`${name}' expects two comma-separated arguments`);
        return false;
      }
      return same;
    }
    case 'ctx': {
      const top = pp.contexts[pp.contexts.length - 1];
      return top !== undefined && args.some((t) => t.text.toLowerCase() === top.name.toLowerCase());
    }
    case 'env': {
      const variable = args[0];
      const key = variable?.kind === 'string' ? stringText(variable.bytes!) : (variable?.text ?? '');
      return process.env[key] !== undefined;
    }
    default:
      return tokenShapeTest(directive.kind, expandedArgs(pp, args));
  }
}

// ---- functions --------------------------------------------------------------------------------

/** A function's result tokens, or undefined when the call failed (it then leaves nothing). */
type Call = (pp: Preprocessor, args: Token[][], name: string, at: Token) => Token[] | undefined;

interface PreprocessorFunction {
  /** How many comma-separated arguments it takes; a call with another count is left as written. */
  minArgs: number;
  maxArgs: number;
  call: Call;
  /** `%isdef(X)` asks about X itself: it is called before the line's macros are expanded. */
  beforeExpansion?: boolean;
}

/** The most digits `%num` gives, as in nasm. */
const MAX_DIGITS = 253n;

const FUNCTIONS: ReadonlyMap<string, PreprocessorFunction> = new Map<string, PreprocessorFunction>([
  ['%num', { minArgs: 1, maxArgs: 3, call: num }],
  ['%abs', { minArgs: 1, maxArgs: 1, call: abs }],
  ['%eval', { minArgs: 1, maxArgs: Infinity, call: evaluateEach }],
  ['%strcat', { minArgs: 0, maxArgs: Infinity, call: (_pp, args, _name, at) => [stringToken(args.map(stringValue).join(''), at)] }],
  ['%strlen', { minArgs: 1, maxArgs: 1, call: (_pp, args, _name, at) => [numberToken(BigInt(stringValue(args[0]!).length), at)] }],
  ['%substr', { minArgs: 2, maxArgs: 3, call: substring }],
  ['%str', { minArgs: 0, maxArgs: Infinity, call: (_pp, args, _name, at) => [stringToken(renderTokens(joinArguments(args)), at)] }],
  ['%tok', { minArgs: 1, maxArgs: 1, call: (_pp, args, _name, at) => withoutEnd(tokenizeLine(stringValue(args[0]!), at.location)) }],
  ['%count', { minArgs: 0, maxArgs: Infinity, call: (_pp, args, _name, at) => [numberToken(BigInt(args.length), at)] }],
  ['%cond', { minArgs: 2, maxArgs: 3, call: condition }],
  ['%sel', { minArgs: 2, maxArgs: Infinity, call: select }],
]);

/** `%isdef(x)` and every other `%if` test as a function: `%is` for `%if`, `%isn` for `%ifn`. */
function conditionFunction(name: string): PreprocessorFunction | undefined {
  if (!name.startsWith('%is')) return undefined;
  const directive = readConditionalDirective(`%if${name.slice(3)}`);
  if (directive === undefined || directive.role !== 'if' || directive.kind === 'expression') return undefined;
  return {
    minArgs: 0,
    maxArgs: Infinity,
    call: (pp, args, _name, at) => [numberToken(testCondition(pp, directive, joinArguments(args), `%if${name.slice(3)}`) ? 1n : 0n, at)],
    beforeExpansion: directive.kind === 'def',
  };
}

function functionNamed(token: Token): PreprocessorFunction | undefined {
  if (token.kind !== 'preprocessor') return undefined;
  const name = token.text.toLowerCase();
  return FUNCTIONS.get(name) ?? conditionFunction(name);
}

/** Whether the line calls one of the functions (with `beforeExpansion`, one called before macros are expanded). */
export function callsFunctions(tokens: readonly Token[], beforeExpansion = false): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'preprocessor' || !isOperator(tokens[i + 1], '(')) continue;
    const fn = functionNamed(tokens[i]!);
    if (fn !== undefined && (!beforeExpansion || fn.beforeExpansion === true)) return true;
  }
  return false;
}

/**
 * The line with each function call replaced by its result, innermost first; a call that fails
 * leaves nothing. With `beforeExpansion`, only the calls made before macros are expanded.
 */
export function withFunctionsCalled(pp: Preprocessor, tokens: Token[], beforeExpansion = false): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const named = isOperator(tokens[i + 1], '(') ? functionNamed(token) : undefined;
    const fn = beforeExpansion && named?.beforeExpansion !== true ? undefined : named;
    if (fn === undefined) {
      out.push(token);
      continue;
    }
    const close = closingParenthesis(tokens, i + 1);
    if (close < 0) {
      pp.report('error', "macro call expects terminating `)'");
      return out.concat(tokens.slice(i + 1));
    }
    const args = functionArguments(withFunctionsCalled(pp, tokens.slice(i + 2, close), beforeExpansion));
    const name = token.text.toLowerCase();
    if (args.length < fn.minArgs || args.length > fn.maxArgs) {
      // nasm's functions are built-in single-line macros: a call with another count is no call
      pp.report('warning', `single-line macro \`${token.text}' exists, but not taking ${args.length} parameter${args.length === 1 ? '' : 's'} [-w+pp-macro-params-single]`);
      out.push(...asWritten(token), ...tokens.slice(i + 1, close + 1));
    } else {
      const result = fn.call(pp, args, name, token);
      if (result !== undefined) out.push(...result.map((t, k) => (k === 0 ? withSpace(t, token.spaceBefore) : t)));
    }
    i = close;
  }
  return out;
}

/** A function name left as written: the assembler reads `%strlen` as `%` then `strlen`, as nasm's does. */
function asWritten(token: Token): Token[] {
  return [
    { kind: 'operator', text: '%', location: token.location, spaceBefore: token.spaceBefore },
    { kind: 'identifier', text: token.text.slice(1), location: token.location },
  ];
}

function closingParenthesis(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    if (isOperator(tokens[k], '(')) depth++;
    else if (isOperator(tokens[k], ')') && --depth === 0) return k;
  }
  return -1;
}

/** The arguments between a call's parentheses, split at commas outside parentheses and braces; a brace pair around one is dropped. */
function functionArguments(tokens: readonly Token[]): Token[][] {
  const args: Token[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'end') break;
    if (isOperator(t, '(') || isOperator(t, '{')) depth++;
    else if ((isOperator(t, ')') || isOperator(t, '}')) && depth > 0) depth--;
    else if (isOperator(t, ',') && depth === 0) {
      args.push([]);
      continue;
    }
    args[args.length - 1]!.push(t);
  }
  return args.map((arg) => (arg.length >= 2 && isOperator(arg[0], '{') && isOperator(arg[arg.length - 1], '}') ? arg.slice(1, -1) : arg));
}

/** The arguments as written, commas between. */
function joinArguments(args: Token[][]): Token[] {
  const joined: Token[] = [];
  args.forEach((arg, k) => {
    if (k > 0) joined.push({ kind: 'operator', text: ',', location: arg[0]?.location ?? joined[0]!.location });
    joined.push(...arg);
  });
  return joined;
}

/** A string argument's text; anything else stands for the text it is written as. */
function stringValue(arg: Token[]): string {
  return arg.length === 1 && arg[0]!.kind === 'string' ? stringText(arg[0]!.bytes!) : renderTokens(arg);
}

function stringToken(text: string, at: Token): Token {
  const quoted = quoteString(text);
  return { kind: 'string', text: quoted, bytes: Uint8Array.from(text, (c) => c.charCodeAt(0)), quote: quoted[0] as Token['quote'], location: at.location };
}

function numberToken(value: bigint, at: Token): Token {
  return { kind: 'number', text: value.toString(), value, location: at.location };
}

/** Argument `index` as a number; an error names it by position, counted from 0, as nasm does. */
function numericArgument(pp: Preprocessor, args: Token[][], index: number, name: string): bigint | undefined {
  const arg = args[index]!;
  if (arg.length === 0) {
    pp.report('error', 'expression syntax error');
    return undefined;
  }
  const reported = pp.diagnostics.length;
  const value = evaluateTokens(pp, arg, name);
  if (value === undefined && pp.diagnostics.length === reported) pp.report('error', `non-constant expression in parameter ${index} of function \`${name}'`);
  return value;
}

function evaluateEach(pp: Preprocessor, args: Token[][], name: string, at: Token): Token[] | undefined {
  const out: Token[] = [];
  for (let index = 0; index < args.length; index++) {
    const value = numericArgument(pp, args, index, name);
    if (value === undefined) return undefined;
    if (index > 0) out.push({ kind: 'operator', text: ',', location: at.location });
    out.push(numberToken(value, at));
  }
  return out;
}

function abs(pp: Preprocessor, args: Token[][], name: string, at: Token): Token[] | undefined {
  const value = numericArgument(pp, args, 0, name);
  if (value === undefined) return undefined;
  const signed = BigInt.asIntN(64, value);
  return [numberToken(signed < 0n ? -signed : value, at)];
}

/** `%num(value, digits, base)`: the digits as a string. */
function num(pp: Preprocessor, args: Token[][], name: string, at: Token): Token[] | undefined {
  const value = numericArgument(pp, args, 0, name);
  if (value === undefined) return undefined;
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
  return [stringToken(text.padStart(count, '0'), at)];
}

/** `%substr(string, start, length)`: from character `start` (1 the first), `length` of them, to the end by default. */
function substring(pp: Preprocessor, args: Token[][], name: string, at: Token): Token[] {
  const text = stringValue(args[0]!);
  const start = numericArgument(pp, args, 1, name) ?? 1n;
  const length = args.length > 2 ? (numericArgument(pp, args, 2, name) ?? -1n) : -1n;
  return [stringToken(substringOf(text, start, length), at)];
}

/** nasm's substring: a start below 1 is the first character; a negative length counts back from the end. */
export function substringOf(text: string, start: bigint, length: bigint): string {
  const from = Math.max(0, Number(start) - 1);
  const count = length < 0n ? text.length + Number(length) + 1 - from : Number(length);
  return text.substr(from, Math.max(0, count));
}

/** `%cond(test, then, else)`: the tokens of `then` or `else` (nothing when left out). */
function condition(pp: Preprocessor, args: Token[][], name: string): Token[] {
  const value = numericArgument(pp, args, 0, name);
  return (value !== undefined && value !== 0n ? args[1] : args[2]) ?? [];
}

/** `%sel(n, a, b, ...)`: argument n after the selector; nasm 2.16.01 evaluates them all. */
function select(pp: Preprocessor, args: Token[][], name: string, at: Token): Token[] | undefined {
  const selector = numericArgument(pp, args, 0, name);
  const values = args.slice(1).map((_, k) => numericArgument(pp, args, k + 1, name));
  if (selector === undefined) return undefined;
  if (selector < 1n) {
    pp.report('warning', `%sel(${selector}) is not a valid selector [-w+pp-sel-range]`);
    return undefined;
  }
  if (selector > BigInt(values.length)) {
    pp.report('warning', `%sel(${selector}) exceeds the number of arguments [-w+pp-sel-range]`);
    return undefined;
  }
  const value = values[Number(selector) - 1];
  return value === undefined ? undefined : [numberToken(value, at)];
}
