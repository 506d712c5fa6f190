// Tokens back to source text: one space wherever the source had whitespace, none elsewhere, so
// tokens the preprocessor placed side by side (`%1_x`, `a %+ b`) read back as one token.

import type { Token } from '../lex/token.ts';

export function renderTokens(tokens: readonly Token[], from = 0): string {
  let text = '';
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'end') break;
    if (token.spaceBefore && text !== '') text += ' ';
    text += token.escaped ? '$' + token.text : token.text;
  }
  return text;
}
