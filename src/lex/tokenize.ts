// The lexer: one line of NASM source text in, its tokens out (ending with an `end` token). Each
// token keeps its column and whether whitespace preceded it; comments after `;` are dropped.
// Preprocessor forms (`%define`, `%1`, `%%x`, `%+`, `%{1:2}`, `%[...]`) come out as `preprocessor`.

import { diagnosticAt, type Diagnostic, type SourceLocation } from '../common/diagnostic.ts';
import { isDigit, isIdentifierChar, isIdentifierStart, isSpace } from './characters.ts';
import { readInteger, scanNumber } from './numbers.ts';
import { scanString } from './strings.ts';
import type { Token, TokenKind } from './token.ts';

/** Operators longest first, so `<<<` is not read as `<<` then `<`. */
const OPERATORS: readonly string[] = [
  '<<<', '>>>', '<=>',
  '<<', '>>', '//', '%%', '==', '!=', '<>', '<=', '>=', '&&', '||', '^^',
];

export interface TokenizeOptions {
  /** Where to report problems such as an unterminated string; omitted means stay silent. */
  diagnostics?: Diagnostic[];
  /**
   * Scan as the assembler does after preprocessing: no preprocessor tokens, so `5%3` is modulo
   * rather than the macro parameter `%3`.
   */
  afterPreprocessing?: boolean;
}

export function tokenizeLine(text: string, location: SourceLocation, options: TokenizeOptions = {}): Token[] {
  const { diagnostics, afterPreprocessing = false } = options;
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  let sawSpace = false;

  const push = (kind: TokenKind, start: number, end: number, extra?: Partial<Token>): void => {
    const token: Token = {
      kind,
      text: text.slice(start, end),
      location: { file: location.file, line: location.line, column: start + 1 },
    };
    if (extra) Object.assign(token, extra);
    if (sawSpace) token.spaceBefore = true;
    tokens.push(token);
    sawSpace = false;
    i = end;
  };

  while (i < length) {
    const c = text[i]!;
    if (isSpace(c)) {
      sawSpace = true;
      i++;
      continue;
    }
    if (c === ';') break;
    const next = text[i + 1] ?? '';

    if (isDigit(c) || (c === '$' && isDigit(next))) {
      const scanned = scanNumber(text, i);
      if (scanned.isFloat) push('float', i, scanned.end);
      else {
        const value = readInteger(text.slice(i, scanned.end));
        push('number', i, scanned.end, value === undefined ? undefined : { value });
      }
    } else if (c === '$') {
      if (next === '$') push('section-start', i, i + 2);
      else if (isIdentifierStart(next)) {
        const end = identifierEnd(text, i + 1);
        push('identifier', i, end, { text: text.slice(i + 1, end), escaped: true });
      } else push('here', i, i + 1);
    } else if (isIdentifierStart(c)) {
      const end = identifierEnd(text, i + 1);
      // A lone `?` is the conditional operator (and `resb ?`), though `?x` is an identifier.
      push(end === i + 1 && c === '?' ? 'operator' : 'identifier', i, end);
    } else if (c === "'" || c === '"' || c === '`') {
      const scanned = scanString(text, i);
      const extra: Partial<Token> = { bytes: scanned.bytes, quote: c };
      if (!scanned.terminated) {
        extra.unterminated = true;
        diagnostics?.push(
          diagnosticAt(location, 'warning', `unterminated string (missing \`${c}') [-w+pp-open-string]`),
        );
      }
      push('string', i, scanned.end, extra);
    } else if (c === '%' && !afterPreprocessing && preprocessorEnd(text, i) > i) {
      push('preprocessor', i, preprocessorEnd(text, i));
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i)) ?? c;
      push('operator', i, i + op.length);
    }
  }
  tokens.push({
    kind: 'end',
    text: '',
    location: { file: location.file, line: location.line, column: length + 1 },
    ...(sawSpace ? { spaceBefore: true } : {}),
  });
  return tokens;
}

function identifierEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isIdentifierChar(text[end]!)) end++;
  return end;
}

/**
 * Where a preprocessor token starting with `%` at `start` ends, or `start` itself when the `%`
 * is just the modulo operator (or `%%` signed modulo).
 */
function preprocessorEnd(text: string, start: number): number {
  const a = text[start + 1] ?? '';
  const b = text[start + 2] ?? '';
  if (a === '+' && !isDigit(b)) return start + 2; // %+ token pasting
  if (a === ',') return start + 2; // %, a comma that does not separate macro arguments
  if (isDigit(a)) return digitsEnd(text, start + 1);
  if ((a === '-' || a === '+') && isDigit(b)) return digitsEnd(text, start + 2);
  if (a === '{') return closingEnd(text, start + 1, '{', '}');
  if (a === '[') return closingEnd(text, start + 1, '[', ']');
  if (a === '?') return b === '?' ? start + 3 : start + 2;
  if (isIdentifierChar(a) || ((a === '!' || a === '%' || a === '$') && isIdentifierChar(b))) {
    return identifierEnd(text, start + 2);
  }
  return start;
}

function digitsEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isDigit(text[end]!)) end++;
  return end;
}

/** Finds the bracket matching the one at `open`, skipping quoted strings; end of text if none. */
function closingEnd(text: string, open: number, opener: string, closer: string): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      i = scanString(text, i).end - 1;
    } else if (c === opener) depth++;
    else if (c === closer && --depth === 0) return i + 1;
  }
  return text.length;
}
