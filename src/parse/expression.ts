// The parser's bridge to the expression layer: reads one expression from a token list and turns
// any failure into a ParseError carrying the token it happened at, so a bad line becomes one
// diagnostic and parsing goes on with the next line.

import type { Token } from '../lex/token.ts';
import type { Expr } from '../expr/ast.ts';
import { parseExpression } from '../expr/parse.ts';
import { DiagnosticError } from '../common/diagnostic.ts';

export class ParseError extends Error {
  constructor(message: string, readonly token: Token) {
    super(message);
  }
}

const END: Token = { kind: 'end', text: '', location: { file: '', line: 0 } };

/** The token at `index`, or an end token when the line has run out. */
export function tokenAt(tokens: Token[], index: number): Token {
  return tokens[index] ?? { ...END, location: tokens[tokens.length - 1]?.location ?? END.location };
}

export function readExpression(tokens: Token[], start: number): { expr: Expr; next: number } {
  try {
    return parseExpression(tokens, start);
  } catch (error) {
    if (error instanceof DiagnosticError) throw new ParseError(error.diagnostic.message, tokenAt(tokens, start));
    if (error instanceof ParseError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ParseError(message, tokenAt(tokens, start));
  }
}
