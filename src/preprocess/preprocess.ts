// The preprocessor stage: NASM source text in, fully expanded logical lines (tokens, each line
// located at the source line it came from, macro lines at their call site) and diagnostics out.

import type { Diagnostic } from '../common/diagnostic.ts';
import type { LogicalLine, ReplayLine } from '../lex/token.ts';
import { DIRECTIVE_HANDLERS } from './directives.ts';
import { Preprocessor, type PreprocessOptions } from './preprocessor.ts';
import { STANDARD_MACRO_SOURCE } from './standard-macros.ts';

export type { PreprocessOptions } from './preprocessor.ts';

export interface PreprocessResult {
  lines: LogicalLine[];
  diagnostics: Diagnostic[];
}

export function preprocess(source: { file: string; text: string }, options: PreprocessOptions = {}): PreprocessResult {
  const lines: LogicalLine[] = [];
  const { diagnostics } = preprocessEach(source, options, (line) => lines.push(line));
  return { lines, diagnostics };
}

/**
 * The same, handing each line to `deliver` as soon as it is finished instead of collecting them:
 * the assembler parses lines as they come, so their tokens die young and cheap. With `replay`, a
 * source line met again word for word is offered to it before it is even scanned.
 */
export function preprocessEach(
  source: { file: string; text: string },
  options: PreprocessOptions,
  deliver: (line: LogicalLine) => void,
  replay?: ReplayLine,
): { diagnostics: Diagnostic[] } {
  const pp = new Preprocessor(options, DIRECTIVE_HANDLERS, deliver, replay);
  pp.definePredefined();
  pp.runStandardSource('<standard macros>', STANDARD_MACRO_SOURCE);
  pp.runFile(source.file, source.text);
  return { diagnostics: pp.diagnostics };
}
