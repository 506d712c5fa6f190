// Expression parser: tokens in (from a start index), an `Expr` tree and the index after it out.
// Precedence follows NASM, lowest first: `?:`, `||`, `^^`, `&&`, comparisons, `|`, `^`, `&`,
// shifts, `+ -`, `* / // % %%`, then unary `- + ~ ! seg`; `wrt` applies to the whole expression.
// A malformed expression throws a DiagnosticError worded as nasm words it.

import { diagnosticAt, DiagnosticError, type SourceLocation } from '../common/diagnostic.ts';
import type { Token } from '../lex/token.ts';
import type { BinaryOperator, Expr, UnaryOperator } from './ast.ts';
import { expressionFunctionName, isUtfFunction, nasmSpelling } from './functions.ts';

/** Binary precedence levels, loosest first; each level is left-associative. */
const BINARY_LEVELS: ReadonlyArray<Readonly<Record<string, BinaryOperator>>> = [
  { '||': '||' },
  { '^^': '^^' },
  { '&&': '&&' },
  {
    '=': '==', '==': '==', '!=': '!=', '<>': '<>',
    '<': '<', '<=': '<=', '>': '>', '>=': '>=', '<=>': '<=>',
  },
  { '|': '|' },
  { '^': '^' },
  { '&': '&' },
  { '<<': '<<', '>>': '>>', '<<<': '<<<', '>>>': '>>>' },
  { '+': '+', '-': '-' },
  { '*': '*', '/': '/', '//': '//', '%': '%', '%%': '%%' },
];

interface BinaryOperatorInfo {
  op: BinaryOperator;
  level: number;
}

/** Operator text to its operator and level: one lookup per token instead of one per level. */
const BINARY_OPERATORS: ReadonlyMap<string, BinaryOperatorInfo> = new Map(
  BINARY_LEVELS.flatMap((operators, level) => Object.entries(operators).map(([text, op]) => [text, { op, level }] as const)),
);

const UNARY_OPERATORS: Readonly<Record<string, UnaryOperator>> = { '-': '-', '+': '+', '~': '~', '!': '!' };

export function parseExpression(tokens: Token[], start: number): { expr: Expr; next: number } {
  const parser = new ExpressionParser(tokens, start);
  const expr = parser.parseTop();
  return { expr, next: parser.position };
}

/** Nesting beyond this is refused rather than allowed to exhaust the host's stack. */
const MAX_NESTING = 200;

class ExpressionParser {
  private nesting = 0;

  constructor(
    private readonly tokens: Token[],
    public position: number,
  ) {}

  parseTop(): Expr {
    const expr = this.parseConditional();
    const token = this.peek();
    if (isKeyword(token, 'wrt')) {
      this.position++;
      const target = this.peek();
      if (target.kind !== 'identifier') throw this.syntaxError(target);
      this.position++;
      return { kind: 'wrt', operand: expr, target: target.text, location: token.location };
    }
    return expr;
  }

  private parseConditional(): Expr {
    const condition = this.parseBinary(0);
    const question = this.peek();
    if (!this.isOperator(question, '?')) return condition;
    this.position++;
    const then = this.parseConditional();
    if (!this.isOperator(this.peek(), ':')) {
      throw new DiagnosticError(diagnosticAt(question.location, 'error', "`?' without matching `:'"));
    }
    this.position++;
    const otherwise = this.parseConditional();
    return { kind: 'conditional', condition, then, else: otherwise, location: question.location };
  }

  /** Precedence climbing: the same left-associative trees as one function per level, in one loop. */
  private parseBinary(minimumLevel: number): Expr {
    let left = this.parseUnary();
    for (;;) {
      const token = this.peek();
      const operator = token.kind === 'operator' ? BINARY_OPERATORS.get(token.text) : undefined;
      if (operator === undefined || operator.level < minimumLevel) return left;
      this.position++;
      const right = this.parseBinary(operator.level + 1);
      left = { kind: 'binary', op: operator.op, left, right, location: token.location };
    }
  }

  private parseUnary(): Expr {
    const token = this.peek();
    if (++this.nesting > MAX_NESTING) {
      throw new DiagnosticError(diagnosticAt(token.location, 'error', 'expression too deeply nested'));
    }
    // A throw abandons the whole expression, so the count needs no unwinding on that path.
    const expr = this.parseUnaryUnchecked(token);
    this.nesting--;
    return expr;
  }

  private parseUnaryUnchecked(token: Token): Expr {
    const op = token.kind === 'operator' ? UNARY_OPERATORS[token.text] : undefined;
    if (op !== undefined) {
      this.position++;
      return { kind: 'unary', op, operand: this.parseUnary(), location: token.location };
    }
    if (isKeyword(token, 'seg')) {
      this.position++;
      return { kind: 'unary', op: 'seg', operand: this.parseUnary(), location: token.location };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Expr {
    const token = this.peek();
    const location = token.location;
    switch (token.kind) {
      case 'number':
        if (token.value === undefined) throw this.syntaxError(token);
        this.position++;
        return { kind: 'number', value: token.value, location };
      case 'float':
        this.position++;
        return { kind: 'float', text: token.text, location };
      case 'string':
        if (token.unterminated || token.bytes === undefined) throw this.syntaxError(token);
        this.position++;
        return { kind: 'string', bytes: token.bytes, location };
      case 'here':
        this.position++;
        return { kind: 'here', location };
      case 'section-start':
        this.position++;
        return { kind: 'section-start', location };
      case 'identifier':
        return this.parseIdentifier(token);
      case 'operator':
        if (token.text === '(') {
          this.position++;
          const inner = this.parseConditional();
          this.expectClosingParenthesis();
          return inner;
        }
        throw this.syntaxError(token);
      default:
        throw this.syntaxError(token);
    }
  }

  private parseIdentifier(token: Token): Expr {
    this.position++;
    const functionName = token.escaped ? undefined : expressionFunctionName(token.text);
    if (functionName === undefined) return { kind: 'symbol', name: token.text, location: token.location };
    if (isUtfFunction(functionName)) return this.parseUtfCall(functionName, token);
    if (!this.isOperator(this.peek(), '(')) {
      throw new DiagnosticError(diagnosticAt(token.location, 'error', `expecting \`(' after \`${token.text}'`));
    }
    this.position++;
    const args: Expr[] = [this.parseConditional()];
    while (this.isOperator(this.peek(), ',')) {
      this.position++;
      args.push(this.parseConditional());
    }
    this.expectClosingParenthesis();
    return { kind: 'call', name: functionName, args, location: token.location };
  }

  /** `__utf16__ "text"` or `__utf16__("text")`: one string constant, nothing else. */
  private parseUtfCall(name: string, token: Token): Expr {
    const fail = (message: string) => new DiagnosticError(diagnosticAt(token.location, 'error', message));
    const parenthesized = this.isOperator(this.peek(), '(');
    if (parenthesized) this.position++;
    const argument = this.peek();
    if (argument.kind !== 'string' || argument.unterminated || argument.bytes === undefined) {
      throw fail(`${nasmSpelling(name)} must be followed by a string constant`);
    }
    this.position++;
    if (parenthesized) {
      if (!this.isOperator(this.peek(), ')')) throw fail(`unterminated ${nasmSpelling(name)} function`);
      this.position++;
    }
    return { kind: 'call', name, args: [{ kind: 'string', bytes: argument.bytes, location: argument.location }], location: token.location };
  }

  private expectClosingParenthesis(): void {
    const token = this.peek();
    if (!this.isOperator(token, ')')) {
      throw new DiagnosticError(diagnosticAt(token.location, 'error', "expecting `)'"));
    }
    this.position++;
  }

  private peek(): Token {
    return this.tokens[this.position] ?? endOf(this.tokens);
  }

  private isOperator(token: Token, text: string): boolean {
    return token.kind === 'operator' && token.text === text;
  }

  private syntaxError(token: Token): DiagnosticError {
    return new DiagnosticError(diagnosticAt(token.location, 'error', 'expression syntax error'));
  }
}

/** `wrt` or `seg` in any case, unless escaped with `$`; the length test spares most identifiers a lowercase copy. */
function isKeyword(token: Token, word: string): boolean {
  return token.kind === 'identifier' && !token.escaped && token.text.length === word.length && token.text.toLowerCase() === word;
}

/** A stand-in `end` token when a caller passes a token list without one. */
function endOf(tokens: Token[]): Token {
  const last = tokens[tokens.length - 1];
  const location: SourceLocation = last ? last.location : { file: '', line: 0 };
  return { kind: 'end', text: '', location };
}
