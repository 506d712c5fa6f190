// Small token utilities the preprocessor's stages share: operator tests and copies of a token
// with or without the whitespace before it.

import type { Token } from '../lex/token.ts';

export function isOperator(t: Token | undefined, text: string): boolean {
  return t?.kind === 'operator' && t.text === text;
}

export function withSpace(t: Token, space: boolean | undefined): Token {
  if (Boolean(t.spaceBefore) === Boolean(space)) return t;
  const copy = { ...t };
  if (space) copy.spaceBefore = true;
  else delete copy.spaceBefore;
  return copy;
}

/** The tokens before the line's `end` marker. */
export function withoutEnd(tokens: readonly Token[]): Token[] {
  const last = tokens[tokens.length - 1];
  return last?.kind === 'end' ? tokens.slice(0, -1) : [...tokens];
}

/** A string token's bytes as text, one character per byte. */
export function stringText(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}
