// The token: the unit every stage after the lexer works in. Each one remembers where it came from
// so a diagnostic raised three stages later can still name the file and line.

import type { SourceLocation } from '../common/diagnostic.ts';

export type TokenKind =
  | 'identifier' // mov, rax, main, .loop, ..@12.x, $foo (escaped identifier, text without '$')
  | 'number' // integer literal in any NASM radix form; value in `value`
  | 'float' // floating-point literal (1.5, 1e10, 0x1.8p3); text kept for exact conversion
  | 'string' // '...', "..." or `...`; decoded bytes in `bytes`
  | 'operator' // + - * / // % %% << >> & | ^ ~ ! ( ) [ ] , : = == != < > <= >= <> && || ^^ ? etc.
  | 'here' // $
  | 'section-start' // $$
  | 'preprocessor' // %define, %1, %%label, %+ ... (only seen before preprocessing)
  | 'end'; // end of line

export interface Token {
  kind: TokenKind;
  /** The exact source text of the token. */
  text: string;
  /** Integer value for `number` tokens and for character constants used as numbers. */
  value?: bigint;
  /** Decoded bytes for `string` tokens (escapes applied for backquoted strings). */
  bytes?: Uint8Array;
  /** The quote character for `string` tokens. */
  quote?: "'" | '"' | '`';
  /** A string token whose closing quote is missing (nasm warns, then rejects the expression). */
  unterminated?: boolean;
  /** An identifier written with a leading `$` so it is never taken for a keyword or register. */
  escaped?: boolean;
  /** Whitespace came before this token; the preprocessor needs it (`%define f(x)` vs `f (x)`). */
  spaceBefore?: boolean;
  /** Where the token's line is: one object shared by the tokens of a line, so it names no column. */
  location: SourceLocation;
}

/** One logical source line after preprocessing: what the parser consumes. */
export interface LogicalLine {
  location: SourceLocation;
  tokens: Token[];
  /** The line as the preprocessor wrote it out, before it was scanned into `tokens`. */
  text?: string;
  /**
   * Set on a source line passed on word for word (no macro touched it) that was met before: its
   * raw text. A consumer may keep what it made of the line under this key and, when the
   * preprocessor offers the same text again, give that back instead of taking the line anew.
   */
  repeatable?: string;
}

/**
 * A later stage's answer to a line met again word for word (`LogicalLine.repeatable`): whether it
 * took the line at `location` as it took the one it kept under `text`. No means it wants the line.
 */
export type ReplayLine = (text: string, location: SourceLocation) => boolean;
