// Test helper: NASM source lines in, the parser's ParsedProgram out (tokenized without the
// preprocessor, so a parser test depends only on the lexer and the parser).

import { tokenizeLine } from '../../src/lex/tokenize.ts';
import { parseProgram } from '../../src/parse/parse.ts';
import type { ParsedProgram } from '../../src/parse/program.ts';

export function parseSource(text: string): ParsedProgram {
  const lines = text.split('\n').map((source, i) => {
    const location = { file: 't.asm', line: i + 1 };
    return { location, tokens: tokenizeLine(source, location, { afterPreprocessing: true }) };
  });
  return parseProgram(lines);
}
