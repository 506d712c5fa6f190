// Expression trees: parsed once from tokens, then evaluated by whoever knows what symbols mean
// (the preprocessor for %if/%assign, the assembler for relocatable values).

import type { SourceLocation } from '../common/diagnostic.ts';

export type BinaryOperator =
  | '+' | '-' | '*' | '/' | '//' | '%' | '%%'
  | '<<' | '>>' | '<<<' | '>>>' | '&' | '|' | '^'
  | '==' | '!=' | '<>' | '<' | '<=' | '>' | '>=' | '<=>'
  | '&&' | '||' | '^^';

export type UnaryOperator = '-' | '+' | '~' | '!' | 'seg';

export type Expr =
  | { kind: 'number'; value: bigint; location: SourceLocation }
  | { kind: 'float'; text: string; location: SourceLocation }
  | { kind: 'symbol'; name: string; location: SourceLocation }
  | { kind: 'here'; location: SourceLocation } // $
  | { kind: 'section-start'; location: SourceLocation } // $$
  | { kind: 'string'; bytes: Uint8Array; location: SourceLocation } // character constant
  | { kind: 'unary'; op: UnaryOperator; operand: Expr; location: SourceLocation }
  | { kind: 'binary'; op: BinaryOperator; left: Expr; right: Expr; location: SourceLocation }
  | { kind: 'conditional'; condition: Expr; then: Expr; else: Expr; location: SourceLocation }
  | { kind: 'wrt'; operand: Expr; target: string; location: SourceLocation } // x wrt ..plt
  | { kind: 'call'; name: string; args: Expr[]; location: SourceLocation }; // __float64__(...) etc.
