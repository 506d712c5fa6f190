// Logical lines (tokens after preprocessing) in, a ParsedProgram out: labels with local names
// qualified, instructions with their operands, data, reservations and directives. A bad line
// becomes a diagnostic and parsing goes on, so one run reports every mistake it can.

import type { Token, LogicalLine } from '../lex/token.ts';
import type { Expr } from '../expr/ast.ts';
import { diagnosticAt, type Diagnostic, type SourceLocation } from '../common/diagnostic.ts';
import type { Operand, ParsedProgram, Statement, DataItem } from './program.ts';
import { parseOperand } from './operand.ts';
import { ParseError, readExpression, tokenAt } from './expression.ts';
import { DATA_UNITS, RESERVE_UNITS, PREFIXES, OPERANDLESS_INSTRUCTIONS, DIRECTIVES, COMMON_MNEMONICS } from './words.ts';
import { parseDirective } from './directive.ts';
import { lookupRegister } from './registers.ts';

export function parseProgram(lines: readonly LogicalLine[]): ParsedProgram {
  const parser = new ProgramParser();
  for (const line of lines) parser.parseLine(line);
  return { statements: parser.statements, diagnostics: parser.diagnostics };
}

const isOp = (token: Token | undefined, text: string): boolean => token?.kind === 'operator' && token.text === text;
const lower = (token: Token | undefined): string => (token?.kind === 'identifier' ? token.text.toLowerCase() : '');

/** The lexer hands on a string that runs to the end of the line; nasm rejects it here. */
function isTerminated(token: Token): boolean {
  const text = token.text;
  const quote = text[0]!;
  if (text.length < 2 || !text.endsWith(quote)) return false;
  if (quote !== '`') return true;
  let backslashes = 0;
  for (let i = text.length - 2; i > 0 && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

class ProgramParser {
  readonly statements: Statement[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** The last non-local label: the scope `.local` names hang off. */
  private scope = '';

  parseLine(line: LogicalLine): void {
    const tokens = line.tokens.filter((t) => t.kind !== 'end');
    if (tokens.length === 0) return;
    try {
      this.parseTokens(tokens, line.location);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      this.diagnostics.push(diagnosticAt(line.location, 'error', error.message));
    }
  }

  private parseTokens(tokens: Token[], location: SourceLocation): void {
    if (isOp(tokens[0], '[')) {
      const close = tokens.findIndex((t) => isOp(t, ']'));
      const word = lower(tokens[1]);
      if (DIRECTIVES.has(word) && close === tokens.length - 1) {
        this.push(parseDirective(word, tokens.slice(2, close), location, tokens[1]!, this.diagnostics));
        return;
      }
      if (tokens[1]?.kind === 'identifier' && close === tokens.length - 1) {
        throw new ParseError(`unrecognized directive [${word}]`, tokens[1]);
      }
    }
    let i = 0;
    const first = tokens[0]!;
    if (isOp(first, ':')) throw new ParseError('label or instruction expected at start of line', first);
    if (lower(first) === 'equ') throw new ParseError('EQU not preceded by label', first);
    const word = lower(first);
    if (DIRECTIVES.has(word) && !isOp(tokens[1], ':') && lower(tokens[1]) !== 'equ') {
      this.push(parseDirective(word, tokens.slice(1), location, first, this.diagnostics));
      return;
    }
    // A label: `name:`, or `name` followed by something that is not an operand of an instruction.
    if (first.kind === 'identifier' && this.startsWithLabel(tokens)) {
      const name = this.qualify(first.text);
      const hasColon = isOp(tokens[1], ':');
      i = hasColon ? 2 : 1;
      if (lower(tokens[i]) === 'equ') {
        const { expr, next } = readExpression(tokens, i + 1);
        this.expectEnd(tokens, next);
        this.statements.push({ kind: 'equ', name, value: this.qualifyExpr(expr), location });
        return;
      }
      if (!hasColon && i >= tokens.length) {
        this.diagnostics.push(diagnosticAt(location, 'warning', 'label alone on a line without a colon might be in error [-w+label-orphan]'));
      }
      this.defineLabel(first.text, name, location);
    }
    if (i >= tokens.length) return;
    this.parseBody(tokens, i, location);
  }

  private startsWithLabel(tokens: Token[]): boolean {
    const first = tokens[0]!;
    if (isOp(tokens[1], ':')) return true;
    const word = first.text.toLowerCase();
    if (PREFIXES.has(word) || word === 'times' || word in DATA_UNITS || word in RESERVE_UNITS) return false;
    // Mnemonics never start with a dot, so `.label insn` is a label however the line goes on.
    if (first.text.startsWith('.') && !isOp(tokens[1], ',')) return true;
    if (tokens.length === 1) return !OPERANDLESS_INSTRUCTIONS.has(word) && !COMMON_MNEMONICS.has(word) && !lookupRegister(word);
    const next = lower(tokens[1]);
    return next === 'equ' || next === 'times' || next in DATA_UNITS || next in RESERVE_UNITS || PREFIXES.has(next) ||
      OPERANDLESS_INSTRUCTIONS.has(next) || next === 'incbin' ||
      (COMMON_MNEMONICS.has(next) && !COMMON_MNEMONICS.has(word) && !isOp(tokens[2], ':'));
  }

  private defineLabel(text: string, name: string, location: SourceLocation): void {
    if (!text.startsWith('.') && !text.startsWith('..@')) this.scope = name;
    this.statements.push({ kind: 'label', name, location });
  }

  /** `times`, prefixes, then a data directive, reservation or instruction. */
  private parseBody(tokens: Token[], start: number, location: SourceLocation): void {
    let i = start;
    let times: Expr | undefined;
    while (lower(tokens[i]) === 'times') {
      const parsed = readExpression(tokens, i + 1);
      const count = this.qualifyExpr(parsed.expr);
      times = count; // nasm keeps only the last of repeated TIMES prefixes
      i = parsed.next;
    }
    const prefixes: string[] = [];
    while (PREFIXES.has(lower(tokens[i])) && i < tokens.length) prefixes.push(lower(tokens[i++]));
    const head = tokenAt(tokens, i);
    const word = lower(head);
    if (head.kind === 'end') {
      if (prefixes.length > 0) {
        this.statements.push({ kind: 'instruction', prefixes: prefixes.slice(0, -1), mnemonic: prefixes.at(-1)!, operands: [], times, location });
        return;
      }
      throw new ParseError('parser: instruction expected', head);
    }
    if (head.kind !== 'identifier') throw new ParseError('parser: instruction expected', head);
    if (word in DATA_UNITS) {
      this.statements.push({ kind: 'data', unitSize: DATA_UNITS[word]!, items: this.parseDataItems(tokens, i + 1, head), times, location });
      return;
    }
    if (word in RESERVE_UNITS) {
      const { expr, next } = readExpression(tokens, i + 1);
      this.expectEnd(tokens, next);
      this.statements.push({ kind: 'reserve', unitSize: RESERVE_UNITS[word]!, count: this.qualifyExpr(expr), times, location });
      return;
    }
    if (word === 'incbin') {
      const statement = parseDirective(word, tokens.slice(i + 1), location, head, this.diagnostics)[0];
      if (statement?.kind === 'incbin') statement.times = times;
      this.push(statement);
      return;
    }
    const operands: Operand[] = [];
    let j = i + 1;
    while (j < tokens.length) {
      const { operand, next } = parseOperand(tokens, j);
      operands.push(this.qualifyOperand(operand));
      if (next >= tokens.length) break;
      if (!isOp(tokens[next], ',')) throw new ParseError(`comma, colon, decorator or end of line expected after operand`, tokens[next]!);
      j = next + 1;
      if (j >= tokens.length) throw new ParseError('invalid combination of opcode and operands', tokenAt(tokens, j));
    }
    this.statements.push({ kind: 'instruction', prefixes, mnemonic: word, operands, times, location });
  }

  private parseDataItems(tokens: Token[], start: number, head: Token): DataItem[] {
    const items: DataItem[] = [];
    let i = start;
    if (i >= tokens.length) throw new ParseError(`no operand for data declaration`, head);
    while (i < tokens.length) {
      const token = tokens[i]!;
      const after = tokens[i + 1];
      if (token.kind === 'string' && !isTerminated(token)) throw new ParseError('expression syntax error', token);
      if (token.kind === 'string' && (after === undefined || isOp(after, ','))) {
        items.push({ kind: 'string', bytes: token.bytes ?? new Uint8Array() });
        i += 1;
      } else if (isOp(token, '?') && (after === undefined || isOp(after, ','))) {
        items.push({ kind: 'uninitialized' });
        i += 1;
      } else {
        const { expr, next } = readExpression(tokens, i);
        items.push({ kind: 'expr', value: this.qualifyExpr(expr) });
        i = next;
      }
      if (i >= tokens.length) break;
      if (!isOp(tokens[i], ',')) throw new ParseError('comma expected after operand', tokens[i]!);
      i++;
      if (i >= tokens.length) throw new ParseError('expression syntax error', tokenAt(tokens, i));
    }
    return items;
  }

  private expectEnd(tokens: Token[], next: number): void {
    if (next < tokens.length) throw new ParseError(`garbage after expression`, tokens[next]!);
  }

  private push(statements: Statement | Statement[] | undefined): void {
    if (!statements) return;
    if (Array.isArray(statements)) {
      for (const statement of statements) this.push(statement);
      return;
    }
    const statement = statements;
    if (statement.kind === 'global' || statement.kind === 'extern' || statement.kind === 'static' || statement.kind === 'common') {
      statement.name = this.qualify(statement.name);
    }
    if (statement.kind === 'absolute') statement.address = this.qualifyExpr(statement.address);
    if (statement.kind === 'align' || statement.kind === 'sectalign') statement.boundary = this.qualifyExpr(statement.boundary);
    this.statements.push(statement);
  }

  qualify(name: string): string {
    if (name.startsWith('.') && !name.startsWith('..')) return this.scope + name;
    return name;
  }

  qualifyExpr(expr: Expr): Expr {
    switch (expr.kind) {
      case 'symbol': {
        const name = this.qualify(expr.name);
        return name === expr.name ? expr : { ...expr, name };
      }
      case 'unary': return { ...expr, operand: this.qualifyExpr(expr.operand) };
      case 'binary': return { ...expr, left: this.qualifyExpr(expr.left), right: this.qualifyExpr(expr.right) };
      case 'conditional':
        return { ...expr, condition: this.qualifyExpr(expr.condition), then: this.qualifyExpr(expr.then), else: this.qualifyExpr(expr.else) };
      case 'wrt': return { ...expr, operand: this.qualifyExpr(expr.operand) };
      case 'call': return { ...expr, args: expr.args.map((a) => this.qualifyExpr(a)) };
      default: return expr;
    }
  }

  private qualifyOperand(operand: Operand): Operand {
    if (operand.kind === 'immediate') return { ...operand, value: this.qualifyExpr(operand.value) };
    if (operand.kind === 'memory' && operand.displacement) return { ...operand, displacement: this.qualifyExpr(operand.displacement) };
    return operand;
  }
}
