// A finished line as the preprocessor hands it to the parser: where it is, its tokens, and its
// text, which only tests and tools read, so it is rendered from the tokens when first asked for.

import type { SourceLocation } from '../common/diagnostic.ts';
import type { LogicalLine, Token } from '../lex/token.ts';
import { renderTokens } from './render.ts';

export class OutputLine implements LogicalLine {
  constructor(
    readonly location: SourceLocation,
    readonly tokens: Token[],
    private rendered?: string,
    readonly repeatable?: string,
  ) {}

  get text(): string {
    this.rendered ??= renderTokens(this.tokens);
    return this.rendered;
  }
}
