// The lexer: one line of NASM source text in, its tokens out (ending with an `end` token). Each
// token carries the line's location and whether whitespace preceded it; comments after `;` are
// dropped. Preprocessor forms (`%define`, `%1`, `%%x`, `%+`, `%{1:2}`, `%[...]`) come out as
// `preprocessor`. The scan works on char codes and slices each token's text once.

import { diagnosticAt, type Diagnostic, type SourceLocation } from '../common/diagnostic.ts';
import { CHARACTER_CLASS, codeAt, DIGIT, IDENTIFIER_PART, IDENTIFIER_START, isDigit, SINGLE_OPERATOR, SPACE } from './characters.ts';
import { readInteger, scanNumber } from './numbers.ts';
import { scanString } from './strings.ts';
import type { Token, TokenKind } from './token.ts';

export interface TokenizeOptions {
  /** Where to report problems such as an unterminated string; omitted means stay silent. */
  diagnostics?: Diagnostic[];
  /**
   * Scan as the assembler does after preprocessing: no preprocessor tokens, so `5%3` is modulo
   * rather than the macro parameter `%3`.
   */
  afterPreprocessing?: boolean;
}

const NO_OPTIONS: TokenizeOptions = {};

const DOLLAR = 0x24;
const PERCENT = 0x25;
const SEMICOLON = 0x3b;
const QUESTION = 0x3f;

/**
 * Tokens are gathered here and copied out at their exact count: one small array per line instead of
 * a grown one with room to spare. Entries past the count are stale and never read.
 */
const gathered: Token[] = [];

export function tokenizeLine(text: string, location: SourceLocation, options: TokenizeOptions = NO_OPTIONS): Token[] {
  const tokens = gathered;
  let count = 0;
  const length = text.length;
  let i = 0;
  let sawSpace = false;

  // Names, numbers and one-character operators are scanned here; the rest in `rareToken`, which
  // keeps this loop short so the engine optimizes it after fewer lines.
  while (i < length) {
    const c = text.charCodeAt(i);
    const characterClass = CHARACTER_CLASS[c]!;
    if ((characterClass & SPACE) !== 0) {
      sawSpace = true;
      i++;
      continue;
    }
    if (c === SEMICOLON) break;
    const start = i;
    let token: Token;
    if ((characterClass & IDENTIFIER_START) !== 0) {
      i++;
      while (i < length && (CHARACTER_CLASS[text.charCodeAt(i)]! & IDENTIFIER_PART) !== 0) i++;
      // A lone `?` is the conditional operator (and `resb ?`), though `?x` is an identifier.
      const kind = i === start + 1 && c === QUESTION ? 'operator' : 'identifier';
      token = makeToken(kind, text.slice(start, i), location, sawSpace);
    } else if ((characterClass & DIGIT) !== 0) {
      const scanned = scanNumber(text, i);
      i = scanned.end;
      token = numberToken(text.slice(start, i), scanned.isFloat, location, sawSpace);
    } else if ((characterClass & SINGLE_OPERATOR) !== 0) {
      i++;
      token = makeToken('operator', text[start]!, location, sawSpace);
    } else {
      token = rareToken(text, start, location, sawSpace, options);
      i = rareTokenEnd;
    }
    tokens[count++] = token;
    sawSpace = false;
  }
  tokens[count++] = makeToken('end', '', location, sawSpace);
  return tokens.slice(0, count);
}

/** Where the token `rareToken` last made ends. */
let rareTokenEnd = 0;

/** A `$` form, a string, a preprocessor token or an operator of one or more characters, starting at `start`. */
function rareToken(text: string, start: number, location: SourceLocation, sawSpace: boolean, options: TokenizeOptions): Token {
  const c = text.charCodeAt(start);
  let i = start;
  let token: Token;
  if (c === DOLLAR) {
    const next = codeAt(text, i + 1);
    if (isDigit(next)) {
      const scanned = scanNumber(text, i);
      i = scanned.end;
      token = numberToken(text.slice(start, i), scanned.isFloat, location, sawSpace);
    } else if (next === DOLLAR) {
      i += 2;
      token = makeToken('section-start', '$$', location, sawSpace);
    } else if (next >= 0 && (CHARACTER_CLASS[next]! & IDENTIFIER_START) !== 0) {
      i = identifierEnd(text, i + 1);
      token = makeToken('identifier', text.slice(start + 1, i), location, sawSpace);
      token.escaped = true;
    } else {
      i++;
      token = makeToken('here', '$', location, sawSpace);
    }
  } else if (c === 0x27 || c === 0x22 || c === 0x60) {
    const scanned = scanString(text, i);
    i = scanned.end;
    token = makeToken('string', text.slice(start, i), location, sawSpace);
    token.bytes = scanned.bytes;
    token.quote = text[start] as Token['quote'];
    if (!scanned.terminated) {
      token.unterminated = true;
      options.diagnostics?.push(
        diagnosticAt(location, 'warning', `unterminated string (missing \`${text[start]}') [-w+pp-open-string]`),
      );
    }
  } else {
    const end = c === PERCENT && options.afterPreprocessing !== true ? preprocessorEnd(text, i) : i;
    if (end > i) {
      i = end;
      token = makeToken('preprocessor', text.slice(start, i), location, sawSpace);
    } else {
      const op = operatorAt(text, i, c);
      i += op.length;
      token = makeToken('operator', op, location, sawSpace);
    }
  }
  rareTokenEnd = i;
  return token;
}

/** A number token: a float keeps its text for exact conversion, an integer gets its value. */
function numberToken(text: string, isFloat: boolean, location: SourceLocation, sawSpace: boolean): Token {
  if (isFloat) return makeToken('float', text, location, sawSpace);
  return { kind: 'number', text, location, spaceBefore: sawSpace ? true : undefined, value: readInteger(text) };
}

/**
 * The tokens of a line share its location object; every token the lexer makes starts with the
 * same four fields in the same order, so the stages that read tokens mostly see one object shape.
 */
function makeToken(kind: TokenKind, text: string, location: SourceLocation, spaceBefore: boolean): Token {
  return { kind, text, location, spaceBefore: spaceBefore ? true : undefined };
}

/** The operator at `i`, longest first, so `<<<` is not read as `<<` then `<`. */
function operatorAt(text: string, i: number, c: number): string {
  const next = codeAt(text, i + 1);
  switch (c) {
    case 0x3c: // <
      if (next === 0x3c) return codeAt(text, i + 2) === 0x3c ? '<<<' : '<<';
      if (next === 0x3d) return codeAt(text, i + 2) === 0x3e ? '<=>' : '<=';
      return next === 0x3e ? '<>' : '<';
    case 0x3e: // >
      if (next === 0x3e) return codeAt(text, i + 2) === 0x3e ? '>>>' : '>>';
      return next === 0x3d ? '>=' : '>';
    case 0x2f: return next === 0x2f ? '//' : '/';
    case PERCENT: return next === PERCENT ? '%%' : '%';
    case 0x3d: return next === 0x3d ? '==' : '=';
    case 0x21: return next === 0x3d ? '!=' : '!';
    case 0x26: return next === 0x26 ? '&&' : '&';
    case 0x7c: return next === 0x7c ? '||' : '|';
    case 0x5e: return next === 0x5e ? '^^' : '^';
    default: return text[i]!;
  }
}

function identifierEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && (CHARACTER_CLASS[text.charCodeAt(end)]! & IDENTIFIER_PART) !== 0) end++;
  return end;
}

/**
 * Where a preprocessor token starting with `%` at `start` ends, or `start` itself when the `%`
 * is just the modulo operator (or `%%` signed modulo).
 */
function preprocessorEnd(text: string, start: number): number {
  const a = codeAt(text, start + 1);
  const b = codeAt(text, start + 2);
  if (a === 0x2b /* + */ && !isDigit(b)) return start + 2; // %+ token pasting
  if (a === 0x2c /* , */) return start + 2; // %, a comma that does not separate macro arguments
  if (isDigit(a)) return digitsEnd(text, start + 1);
  if ((a === 0x2d /* - */ || a === 0x2b) && isDigit(b)) return digitsEnd(text, start + 2);
  if (a === 0x7b /* { */) return closingEnd(text, start + 1, 0x7b, 0x7d);
  if (a === 0x5b /* [ */) return closingEnd(text, start + 1, 0x5b, 0x5d);
  if (a === QUESTION) return b === QUESTION ? start + 3 : start + 2;
  if (isIdentifierChar(a) || ((a === 0x21 /* ! */ || a === PERCENT || a === DOLLAR) && isIdentifierChar(b))) {
    return identifierEnd(text, start + 2);
  }
  return start;
}

function digitsEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  return end;
}

/** Finds the bracket matching the one at `open`, skipping quoted strings; end of text if none. */
function closingEnd(text: string, open: number, opener: number, closer: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x27 || c === 0x22 || c === 0x60) {
      i = scanString(text, i).end - 1;
    } else if (c === opener) depth++;
    else if (c === closer && --depth === 0) return i + 1;
  }
  return text.length;
}

function isIdentifierChar(code: number): boolean {
  return code >= 0 && (CHARACTER_CLASS[code]! & IDENTIFIER_PART) !== 0;
}
