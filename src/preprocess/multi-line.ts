// Multi-line macros: reading a `%macro` header, splitting an invocation's arguments, choosing the
// definition that takes that many, and writing a body line with `%1`, `%0`, `%{2:-1}`, `%-1`,
// `%%label`, `%?` and `%??` replaced. Tokens in, tokens out; the caller rescans the result.

import type { SourceLocation } from '../common/diagnostic.ts';
import type { Token } from '../lex/token.ts';
import { tokenizeLine } from '../lex/tokenize.ts';
import { invertConditionCode, isConditionCode } from './condition-codes.ts';
import type { MultiLineMacro } from './macros.ts';
import { renderTokens } from './render.ts';
import { isOperator as isOp, withSpace } from './token-helpers.ts';

export interface MacroHeader {
  name: string;
  minParams: number;
  maxParams: number;
  greedy: boolean;
  defaults: Token[][];
  /** `.nolist`: left out of listings, and of the "from macro" lines under a diagnostic. */
  nolist: boolean;
}

/** `name 1-3+ .nolist a, b` after `%macro`; a string names what is wrong. */
export function parseMacroHeader(args: Token[], directive: string): MacroHeader | string {
  const nameToken = args[0];
  if (!nameToken || nameToken.kind !== 'identifier') return `\`${directive}' expects a macro name`;
  let i = 1;
  const count = args[i];
  if (!count || count.kind !== 'number' || count.value === undefined) return `\`${directive}' expects a parameter count`;
  const minParams = Number(count.value);
  let maxParams = minParams;
  i++;
  if (isOp(args[i], '-')) {
    const upper = args[i + 1];
    if (isOp(upper, '*')) maxParams = Infinity;
    else if (upper?.kind === 'number' && upper.value !== undefined) maxParams = Number(upper.value);
    else return `\`${directive}' expects a parameter count after \`-'`;
    i += 2;
  }
  let greedy = false;
  if (isOp(args[i], '+')) {
    greedy = true;
    i++;
  }
  const nolist = args[i]?.kind === 'identifier' && args[i]!.text.toLowerCase() === '.nolist';
  if (nolist) i++;
  const rest = args.slice(i);
  const defaults = rest.length ? splitArguments(rest) : [];
  return { name: nameToken.text, minParams, maxParams: Math.max(minParams, maxParams), greedy, defaults, nolist };
}

/** Commas split arguments, except inside `{...}`, whose braces are then dropped. */
export function splitArguments(tokens: Token[]): Token[][] {
  const args: Token[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'end') break;
    if (isOp(t, '{')) {
      if (depth++ === 0) continue;
    } else if (isOp(t, '}') && depth > 0) {
      if (--depth === 0) continue;
    } else if (isOp(t, ',') && depth === 0) {
      args.push([]);
      continue;
    }
    args[args.length - 1]!.push(t);
  }
  return args.map(trimLeadingSpace);
}

export interface MacroInvocation {
  macro: MultiLineMacro;
  nameAsInvoked: string;
  params: Token[][];
  rotation: number;
  /** The number that makes this call's `%%label`s unique: `..@N.label`. */
  unique: number;
  location: SourceLocation;
  /** `lbl: m`: the label before the call, for a body that names it `%00`. */
  label?: Token;
}

/** Whether a macro's body names the label written before its call (`%00`), which then is not placed on its own. */
export function takesLabel(macro: MultiLineMacro): boolean {
  return macro.body.some((line) => line.text.includes('%00'));
}

/** The definition that takes `args` (raw tokens after the name), with the parameter list to use. */
export function bindArguments(
  definitions: MultiLineMacro[],
  argTokens: Token[],
): { macro: MultiLineMacro; params: Token[][] } | { count: number } {
  const hasArgs = argTokens.some((t) => t.kind !== 'end');
  const args = hasArgs ? splitArguments(argTokens) : [];
  const n = args.length;
  for (const macro of definitions) {
    if (n >= macro.minParams && n <= macro.maxParams) {
      const filled = [...args];
      for (let k = n; k < macro.maxParams && k - macro.minParams < macro.defaults.length; k++) {
        filled.push(macro.defaults[k - macro.minParams] ?? []);
      }
      return { macro, params: filled };
    }
    if (macro.greedy && n > macro.maxParams && macro.maxParams > 0) {
      const params = args.slice(0, macro.maxParams - 1);
      params.push(greedyTail(argTokens, macro.maxParams - 1));
      return { macro, params };
    }
  }
  return { count: n };
}

/** Everything from the `skip`-th top-level comma on, commas included. */
function greedyTail(tokens: Token[], skip: number): Token[] {
  let commas = 0;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (commas === skip) return trimLeadingSpace(tokens.slice(i).filter((x) => x.kind !== 'end'));
    if (isOp(t, '{')) depth++;
    else if (isOp(t, '}')) depth--;
    else if (isOp(t, ',') && depth === 0) commas++;
  }
  return [];
}

/** One body line with this call's parameters written in, and any complaints (a bad `%-N` use). */
export function substituteParameters(tokens: Token[], call: MacroInvocation): { tokens: Token[]; errors: string[] } {
  const out: Token[] = [];
  const errors: string[] = [];
  for (const t of tokens) {
    if (t.kind !== 'preprocessor') {
      out.push(t);
      continue;
    }
    if (t.text.startsWith('%[')) {
      out.push(indirectionWithParameters(t, call, errors));
      continue;
    }
    const replacement = replacementFor(t, call);
    if (typeof replacement === 'string') {
      errors.push(replacement);
      continue;
    }
    if (replacement === undefined) {
      out.push(t);
      continue;
    }
    replacement.forEach((r, k) => out.push(k === 0 ? withSpace(r, t.spaceBefore) : r));
  }
  return { tokens: out, errors };
}

/** `%[...]` with this call's parameters written in; its expansion waits for the rescan, as nasm's does. */
function indirectionWithParameters(t: Token, call: MacroInvocation, errors: string[]): Token {
  const closed = t.text.endsWith(']');
  const inner = tokenizeLine(closed ? t.text.slice(2, -1) : t.text.slice(2), t.location);
  const substituted = substituteParameters(inner, call);
  errors.push(...substituted.errors);
  return { ...t, text: `%[${renderTokens(substituted.tokens)}${closed ? ']' : ''}` };
}

function replacementFor(t: Token, call: MacroInvocation): Token[] | string | undefined {
  const text = t.text;
  const count = call.params.length;
  if (text === '%0') return [numberToken(count, t)];
  if (text === '%00') return call.label ? [call.label] : [];
  if (text === '%?') return [identifierToken(call.nameAsInvoked, t)];
  if (text === '%??') return [identifierToken(call.macro.name, t)];
  if (text.startsWith('%%') && text.length > 2) return [identifierToken(`..@${call.unique}.${text.slice(2)}`, t)];
  let m = /^%(\d+)$/.exec(text) ?? /^%\{(\d+)\}$/.exec(text);
  if (m) return param(call, Number(m[1]));
  m = /^%([+-])(\d+)$/.exec(text) ?? /^%\{([+-])(\d+)\}$/.exec(text);
  if (m) return conditionParam(call, m[1]!, Number(m[2]), `%${m[1]}${m[2]}`);
  m = /^%\{(-?\d+):(-?\d+)\}$/.exec(text);
  if (m) return paramRange(call, Number(m[1]), Number(m[2]), t);
  return undefined;
}

function param(call: MacroInvocation, n: number): Token[] {
  const count = call.params.length;
  if (n < 1 || n > count) return [];
  return call.params[(n - 1 + call.rotation) % count]!;
}

function conditionParam(call: MacroInvocation, sign: string, n: number, text: string): Token[] | string {
  const value = param(call, n);
  const word = value.length === 1 && value[0]!.kind === 'identifier' ? value[0]!.text : '';
  if (!isConditionCode(word)) return `macro parameter \`${text}' is not a condition code`;
  if (sign === '+') return value;
  return [{ ...value[0]!, text: invertConditionCode(word)! }];
}

/** `%{a:b}`: parameters a through b (negative counts from the end; b < a runs backwards). */
function paramRange(call: MacroInvocation, from: number, to: number, at: Token): Token[] {
  const count = call.params.length;
  const resolve = (k: number): number => (k < 0 ? count + 1 + k : k);
  const a = resolve(from);
  const b = resolve(to);
  const out: Token[] = [];
  const step = a <= b ? 1 : -1;
  for (let k = a; step > 0 ? k <= b : k >= b; k += step) {
    if (out.length) out.push({ kind: 'operator', text: ',', location: at.location });
    param(call, k).forEach((p, j) => out.push(j === 0 ? withSpace(p, false) : p));
  }
  return out;
}

function numberToken(n: number, at: Token): Token {
  return { kind: 'number', text: String(n), value: BigInt(n), location: at.location };
}

function identifierToken(text: string, at: Token): Token {
  return { kind: 'identifier', text, location: at.location };
}

function trimLeadingSpace(tokens: Token[]): Token[] {
  if (tokens.length && tokens[0]!.spaceBefore) return [withSpace(tokens[0]!, false), ...tokens.slice(1)];
  return tokens;
}

