// The `%if` family: which test a directive names (`%ifndef` is `def`, negated; `%elifidni` is
// `idni`, an `%elif`), and the tests that need only the directive's tokens. Expression tests and
// anything needing preprocessor state are answered by the caller.

import type { Token } from '../lex/token.ts';
import { splitArguments } from './multi-line.ts';

export type ConditionKind =
  | 'expression' | 'def' | 'macro' | 'idn' | 'idni' | 'num' | 'str' | 'id' | 'ctx' | 'token' | 'empty' | 'env';

export interface ConditionalDirective {
  role: 'if' | 'elif';
  kind: ConditionKind;
  negated: boolean;
}

const KINDS: Readonly<Record<string, ConditionKind>> = {
  '': 'expression', def: 'def', macro: 'macro', idn: 'idn', idni: 'idni', num: 'num', str: 'str',
  id: 'id', ctx: 'ctx', token: 'token', empty: 'empty', env: 'env',
};

/** `%ifndef` → { if, def, negated }; undefined for anything that is not an `%if`/`%elif` form. */
export function readConditionalDirective(name: string): ConditionalDirective | undefined {
  const m = /^%(el)?if(n?)(.*)$/i.exec(name);
  if (!m) return undefined;
  const role = m[1] ? 'elif' : 'if';
  let negated = m[2] !== '';
  let rest = m[3]!.toLowerCase();
  // `%ifnidn` is n + idn, but `%ifnum` is not n + um.
  if (negated && !(rest in KINDS)) {
    rest = 'n' + rest;
    negated = false;
  }
  const kind = KINDS[rest];
  return kind ? { role, kind, negated } : undefined;
}

/** `%ifidn a, b` and `%ifidni`: the two sides, compared token by token ignoring whitespace. */
export function identicalSides(tokens: Token[], caseInsensitive: boolean): boolean | string {
  const sides = splitAtFirstComma(tokens);
  if (!sides) return 'expected comma';
  const [left, right] = sides;
  if (left.length !== right.length) return false;
  return left.every((t, i) => {
    const a = t.text;
    const b = right[i]!.text;
    return caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
  });
}

function splitAtFirstComma(tokens: Token[]): [Token[], Token[]] | undefined {
  const comma = tokens.findIndex((t) => t.kind === 'operator' && t.text === ',');
  if (comma < 0) return undefined;
  return [tokens.slice(0, comma), tokens.slice(comma + 1)];
}

/** `%ifnum`, `%ifstr`, `%ifid`, `%iftoken`, `%ifempty`: the shape of the expanded tokens. */
export function tokenShapeTest(kind: ConditionKind, tokens: Token[]): boolean {
  switch (kind) {
    case 'empty': return tokens.length === 0;
    case 'token': return tokens.length === 1;
    // nasm looks at the first token only (after any signs, for a number): `%ifnum -5, x` holds
    case 'num': return tokens.find((t) => t.kind !== 'operator' || (t.text !== '-' && t.text !== '+'))?.kind === 'number';
    case 'str': return tokens[0]?.kind === 'string';
    case 'id': return tokens[0]?.kind === 'identifier';
    default: return false;
  }
}
