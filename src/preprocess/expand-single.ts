// Single-line macro expansion: a line's tokens in, the tokens with every `%define`d name replaced
// out. Results are rescanned, so `%define g f` then `g(3)` reaches `f(3)`; each token remembers
// which macros produced it and those are not expanded again inside it, so `%define a a+1` stops.
// `%[...]` is expanded and pasted in place, and `%+` joins its neighbours.

import { diagnosticAt, type Diagnostic, type SourceLocation } from '../common/diagnostic.ts';
import { tokenizeLine } from '../lex/tokenize.ts';
import type { Token } from '../lex/token.ts';
import type { MacroTable, SingleLineMacro } from './macros.ts';
import { renderTokens } from './render.ts';
import { isOperator, withoutEnd, withSpace } from './token-helpers.ts';

export interface SingleLineContext {
  macros: MacroTable;
  /** Names never to expand here. */
  keep?: ReadonlySet<string>;
  /** Built-in macros whose value depends on where they are used (`__LINE__`, `__BITS__`). */
  dynamic: (name: string) => Token[] | undefined;
  location: SourceLocation;
  diagnostics: Diagnostic[];
}

interface Marked {
  token: Token;
  hidden: ReadonlySet<SingleLineMacro> | undefined;
}

/** Far more expansions than any sane line needs: stop rather than hang on runaway recursion. */
const EXPANSION_LIMIT = 100_000;

export function expandSingleLineMacros(tokens: readonly Token[], context: SingleLineContext): { tokens: Token[]; changed: boolean } {
  if (!mayExpand(tokens, context)) return { tokens: withoutEnd(tokens), changed: false };
  const work: Marked[] = [];
  let changed = false;
  for (const token of tokens) {
    if (token.kind === 'end') break;
    if (token.kind === 'preprocessor' && token.text.startsWith('%[')) {
      changed = true;
      for (const t of expandIndirection(token, context)) work.push({ token: t, hidden: undefined });
    } else {
      work.push({ token, hidden: undefined });
    }
  }
  let expansions = 0;
  for (let i = 0; i < work.length; ) {
    const { token, hidden } = work[i]!;
    if (token.kind !== 'identifier' || token.escaped || context.keep?.has(token.text)) {
      i++;
      continue;
    }
    const replacement = expandOne(work, i, hidden, context);
    if (replacement === undefined) {
      i++;
      continue;
    }
    if (++expansions > EXPANSION_LIMIT) {
      context.diagnostics.push(diagnosticAt(context.location, 'error', 'interminable macro recursion'));
      break;
    }
    changed = true;
    work.splice(i, replacement.consumed, ...replacement.tokens);
  }
  const out = work.map((m) => m.token);
  return { tokens: pasteTokens(out), changed: changed || out.some(isPaste) };
}

/** Most lines name no macro at all; finding that out first keeps them cheap. */
function mayExpand(tokens: readonly Token[], context: SingleLineContext): boolean {
  for (const t of tokens) {
    if (t.kind === 'identifier' && !t.escaped && (context.macros.isSingleDefined(t.text) || t.text.startsWith('__'))) return true;
    if (t.kind === 'preprocessor') return true;
  }
  return false;
}

function expandOne(
  work: Marked[],
  at: number,
  hidden: ReadonlySet<SingleLineMacro> | undefined,
  context: SingleLineContext,
): { consumed: number; tokens: Marked[] } | undefined {
  const nameToken = work[at]!.token;
  const dynamic = context.dynamic(nameToken.text);
  if (dynamic) return { consumed: 1, tokens: dynamic.map((t, k) => ({ token: withSpace(t, k === 0 ? nameToken.spaceBefore : t.spaceBefore), hidden })) };
  const definitions = context.macros.singleDefinitions(nameToken.text).filter((d) => !hidden?.has(d));
  if (definitions.length === 0) return undefined;

  const call = isOperator(work[at + 1]?.token, '(') ? readArguments(work, at + 1) : undefined;
  let macro: SingleLineMacro | undefined;
  let args: Marked[][] = [];
  if (call) {
    macro = definitions.find((d) => d.params && (d.params.length === call.args.length || (d.greedy && call.args.length >= d.params.length - 1)));
    if (macro?.params?.length === 0 && call.args.length === 1 && call.args[0]!.length === 0) args = [];
    else if (macro) args = call.args;
    if (!macro) macro = definitions.find((d) => d.params?.length === 0 && call.args.length === 1 && call.args[0]!.length === 0);
  }
  let consumed = call && macro?.params ? call.end - at : 1;
  if (!macro) {
    macro = definitions.find((d) => d.params === undefined);
    consumed = 1;
  }
  if (!macro) {
    if (call) {
      context.diagnostics.push(diagnosticAt(context.location, 'warning',
        `single-line macro \`${nameToken.text}' exists, but not taking ${call.args.length} parameter${call.args.length === 1 ? '' : 's'} [-w+pp-macro-params-single]`));
    }
    return undefined;
  }
  if (macro.greedy && macro.params && args.length > macro.params.length) {
    const keep = macro.params.length - 1;
    const rest: Marked[] = [];
    args.slice(keep).forEach((arg, k) => {
      if (k > 0) rest.push({ token: commaToken(context.location), hidden: undefined });
      rest.push(...arg);
    });
    args = [...args.slice(0, keep), rest];
  }

  if (macro.body.length === 0 && nameToken.spaceBefore && work[at + consumed]) {
    // An empty expansion leaves its whitespace behind, as nasm's output shows.
    const following = work[at + consumed]!;
    work[at + consumed] = { token: withSpace(following.token, true), hidden: following.hidden };
  }
  // Inside a single-line macro call, `%?` and `%??` name the macro (as called, as defined).
  const namesMacro = (t: Token): Token | undefined =>
    t.kind === 'preprocessor' && (t.text === '%?' || t.text === '%??')
      ? { kind: 'identifier', text: t.text === '%?' ? nameToken.text : macro!.name, location: t.location, ...(t.spaceBefore ? { spaceBefore: true } : {}) }
      : undefined;
  args = args.map((arg) => arg.map((m) => { const named = namesMacro(m.token); return named ? { token: named, hidden: m.hidden } : m; }));
  const nextHidden = new Set(hidden);
  nextHidden.add(macro);
  const out: Marked[] = [];
  // Whitespace before an empty argument stays behind for whatever follows it.
  let pendingSpace = false;
  macro.body.forEach((bodyToken, k) => {
    const space = (k === 0 ? nameToken.spaceBefore : bodyToken.spaceBefore) || pendingSpace;
    pendingSpace = false;
    const paramIndex = bodyToken.kind === 'identifier' && macro!.params ? macro!.params.indexOf(bodyToken.text) : -1;
    if (paramIndex < 0) {
      out.push({ token: withSpace(namesMacro(bodyToken) ?? bodyToken, space), hidden: nextHidden });
      return;
    }
    const arg = args[paramIndex] ?? [];
    if (arg.length === 0) pendingSpace = Boolean(space);
    arg.forEach((arg, j) => {
      const merged = new Set(arg.hidden);
      for (const m of nextHidden) merged.add(m);
      out.push({ token: j === 0 ? withSpace(arg.token, space) : arg.token, hidden: merged });
    });
  });
  const following = work[at + consumed];
  if (pendingSpace && following) work[at + consumed] = { token: withSpace(following.token, true), hidden: following.hidden };
  return { consumed, tokens: out };
}

/** Arguments between the parentheses starting at `open`: commas split them except inside nested parentheses or braces. */
function readArguments(work: Marked[], open: number): { args: Marked[][]; end: number } | undefined {
  const args: Marked[][] = [[]];
  let depth = 0;
  for (let i = open + 1; i < work.length; i++) {
    const item = work[i]!;
    const t = item.token;
    if (t.kind === 'operator') {
      if (t.text === '(' || t.text === '{') depth++;
      else if ((t.text === ')' || t.text === '}') && depth > 0) depth--;
      else if (t.text === ')') return { args: args.map(unbrace), end: i + 1 };
      else if (t.text === ',' && depth === 0) {
        args.push([]);
        continue;
      }
    }
    args[args.length - 1]!.push(item);
  }
  return undefined;
}

/** `{a, b}` passes `a, b` as one argument. */
function unbrace(arg: Marked[]): Marked[] {
  if (arg.length >= 2 && isOperator(arg[0]!.token, '{') && isOperator(arg[arg.length - 1]!.token, '}')) return arg.slice(1, -1);
  return arg;
}

function expandIndirection(token: Token, context: SingleLineContext): Token[] {
  const inner = token.text.endsWith(']') ? token.text.slice(2, -1) : token.text.slice(2);
  const expanded = expandSingleLineMacros(tokenizeLine(inner, context.location), context).tokens;
  const text = renderTokens(expanded.map((t, k) => (k === 0 ? withSpace(t, false) : t)));
  return [{ kind: 'identifier', text, location: token.location, ...(token.spaceBefore ? { spaceBefore: true } : {}) }];
}

/** Drops each `%+` and the whitespace around it, so its neighbours render as one token. */
export function pasteTokens(tokens: Token[]): Token[] {
  if (!tokens.some(isPaste)) return tokens;
  const out: Token[] = [];
  let joinNext = false;
  for (const t of tokens) {
    if (isPaste(t)) {
      joinNext = true;
      continue;
    }
    out.push(joinNext ? withSpace(t, false) : t);
    joinNext = false;
  }
  return out;
}

function isPaste(t: Token): boolean {
  return t.kind === 'preprocessor' && t.text === '%+';
}


function commaToken(location: SourceLocation): Token {
  return { kind: 'operator', text: ',', location };
}
