// Logical lines (tokens after preprocessing) in, a ParsedProgram out: labels with local names
// qualified, instructions with their operands, data, reservations and directives. A bad line
// becomes a diagnostic and parsing goes on, so one run reports every mistake it can.

import type { Token, LogicalLine } from '../lex/token.ts';
import type { Expr } from '../expr/ast.ts';
import { diagnosticAt, type Diagnostic, type SourceLocation } from '../common/diagnostic.ts';
import type { Operand, ParsedProgram, Statement, DataItem } from './program.ts';
import { parseOperand, type TokenCursor } from './operand.ts';
import { ParseError, readExpression, tokenAt } from './expression.ts';
import { parseDirective } from './directive.ts';
import { keywordOf, lookupKeyword, type Keyword } from './keywords.ts';
import { X87_ARITHMETIC } from './words.ts';
import { expressionFunctionName, invalidUtfInput, isUtfFunction, utfEncode } from '../expr/functions.ts';
import { isFloatSpecial } from '../expr/float-bits.ts';

export function parseProgram(lines: readonly LogicalLine[]): ParsedProgram {
  const parser = new ProgramParser();
  for (let k = 0; k < lines.length; k++) parser.parseLine(lines[k]!);
  return { statements: parser.statements, diagnostics: parser.diagnostics };
}

const isOp = (token: Token | undefined, text: string): boolean => token?.kind === 'operator' && token.text === text;
const isKeyword = (token: Token | undefined, name: string): boolean => keywordOf(token)?.name === name;

/** Shared by every instruction written without prefixes; frozen, so no one can add to it. */
const NO_PREFIXES = Object.freeze([]) as unknown as string[];

/** A name under the current scope: starts with one dot (`..@x` and `..start` are global). */
const isLocalName = (name: string): boolean => name.charCodeAt(0) === 46 && name.charCodeAt(1) !== 46;

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

/** Whether a lexer-made `end` token (which only ever ends a line) appears before index `count`. */
function hasEndBefore(tokens: Token[], count: number): boolean {
  for (let k = 0; k < count; k++) if (tokens[k]!.kind === 'end') return true;
  return false;
}

/** The UTF conversion a data item starts with (`__utf16__`, `__?utf32be?__`...), if any. */
function utfFunctionOf(token: Token): string | undefined {
  if (token.kind !== 'identifier' || token.escaped) return undefined;
  const name = expressionFunctionName(token.text);
  return name !== undefined && isUtfFunction(name) ? name : undefined;
}

function utfItemBytes(expr: Expr, head: Token): Uint8Array {
  const call = expr as Extract<Expr, { kind: 'call' }>;
  const bytes = utfEncode(call.name, (call.args[0] as Extract<Expr, { kind: 'string' }>).bytes);
  if (!bytes) throw new ParseError(invalidUtfInput(call.name), head);
  return bytes;
}

const ST0 = lookupKeyword('st0')!.registerOperand!;

/** The tokens of a repeated line that is parsed again each time it is met (ProgramParser.repeats). */
class RepeatedTokens {
  constructor(readonly tokens: Token[]) {}
}

/** Parses a program a line at a time, for a caller that has its lines one by one. */
export class ProgramParser {
  /** The statements made so far, unless a sink takes each as it is made. */
  readonly statements: Statement[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** The last non-local label: the scope `.local` names hang off. */
  private scope = '';
  /**
   * The line being parsed, read in place: its first `count` tokens are its own, and the lexer's
   * `end` token after them stops any reader that runs that far.
   */
  private tokens: Token[] = [];
  private count = 0;
  /** Filled from the start for each line; each statement gets an exact-size copy (a grown array keeps spare room). */
  private readonly operands: Operand[] = [];
  private readonly cursor: TokenCursor = { tokens: [], position: 0 };
  private readonly items: DataItem[] = [];

  /**
   * What lines met again word for word parsed to, by text (LogicalLine.repeatable). A line whose
   * statements depended on the label scope, defined a label or came with a diagnostic keeps its
   * tokens instead: met again, it is parsed anew from them, which is what scanning its text again
   * would give, at the cost of the parse alone.
   */
  private readonly repeats = new Map<string, Statement[] | RepeatedTokens>();
  /** The statements of the repeatable line being parsed. */
  private made: Statement[] | undefined;
  /** Whether the line being parsed qualified a local name by the scope. */
  private scopeRead = false;

  /**
   * `sink` takes each statement as it is made; a statement given again for a repeated line comes
   * as it was first made, with the location of the line it now stands for.
   */
  constructor(private readonly sink?: (statement: Statement, repeatedAt?: SourceLocation) => void) {}

  parseLine(line: LogicalLine): void {
    const key = line.repeatable;
    if (key === undefined || this.repeats.get(key) instanceof RepeatedTokens) {
      this.parseLineTokens(line);
      return;
    }
    const made: Statement[] = (this.made = []);
    const reported = this.diagnostics.length;
    this.scopeRead = false;
    this.parseLineTokens(line);
    this.made = undefined;
    const reusable = !this.scopeRead && this.diagnostics.length === reported && made.every((s) => s.kind !== 'label' && s.kind !== 'equ');
    this.repeats.set(key, reusable ? made : new RepeatedTokens(line.tokens));
  }

  /** A line met again word for word, now at `location`: the statements its first parse made, or a parse of its tokens. */
  replay(text: string, location: SourceLocation): boolean {
    const made = this.repeats.get(text);
    if (made === undefined) return false;
    if (made instanceof RepeatedTokens) {
      this.parseLineTokens({ location, tokens: made.tokens });
      return true;
    }
    for (let i = 0; i < made.length; i++) {
      if (this.sink) this.sink(made[i]!, location);
      else this.statements.push({ ...made[i]!, location });
    }
    return true;
  }

  private parseLineTokens(line: LogicalLine): void {
    let tokens = line.tokens;
    let count = tokens.length;
    while (count > 0 && tokens[count - 1]!.kind === 'end') count--;
    if (hasEndBefore(tokens, count)) {
      tokens = tokens.filter((t) => t.kind !== 'end');
      count = tokens.length;
    }
    if (count === 0) return;
    this.tokens = tokens;
    this.count = count;
    try {
      this.parseTokens(line.location);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      this.diagnostics.push(diagnosticAt(line.location, 'error', error.message));
    }
  }

  private parseTokens(location: SourceLocation): void {
    const { tokens, count } = this;
    const first = tokens[0]!;
    if (first.kind === 'operator') {
      if (first.text === '[' && this.closingBracket() === count - 1) {
        const second = keywordOf(tokens[1]);
        if (second?.directive) {
          this.addDirective(parseDirective(second.name, tokens.slice(2, count - 1), location, tokens[1]!, this.diagnostics));
          return;
        }
        if (tokens[1]?.kind === 'identifier') throw new ParseError(`unrecognized directive [${tokens[1].text.toLowerCase()}]`, tokens[1]);
      }
      if (first.text === ':') throw new ParseError('label or instruction expected at start of line', first);
    }
    const keyword = keywordOf(first);
    if (keyword?.name === 'equ') throw new ParseError('EQU not preceded by label', first);
    if (keyword?.directive && !isOp(tokens[1], ':') && !isKeyword(tokens[1], 'equ')) {
      this.addDirective(parseDirective(keyword.name, tokens.slice(1, count), location, first, this.diagnostics));
      return;
    }
    let i = 0;
    // A label: `name:`, or `name` followed by something that is not an operand of an instruction.
    if (first.kind === 'identifier' && this.startsWithLabel(first, keyword)) {
      if (keyword !== undefined && !first.escaped) {
        // nasm reserves these words: `fs:` is no label, nor `rax:` or `qword:`
        if (keyword.prefix) throw new ParseError('parser: instruction expected', first);
        if (keyword.register || keyword.size !== undefined) throw new ParseError('label or instruction expected at start of line', first);
      }
      const name = this.qualify(first.text);
      const hasColon = isOp(tokens[1], ':');
      i = hasColon ? 2 : 1;
      if (isKeyword(tokens[i], 'equ')) {
        const { expr, next } = readExpression(tokens, i + 1);
        this.expectEnd(next);
        this.add({ kind: 'equ', name, value: this.qualifyExpr(expr), location });
        return;
      }
      if (!hasColon && i >= count) {
        this.diagnostics.push(diagnosticAt(location, 'warning', 'label alone on a line without a colon might be in error [-w+label-orphan]'));
      }
      this.defineLabel(first.text, name, location);
    }
    if (i >= count) return;
    this.parseBody(i, i === 0 ? keyword : keywordOf(tokens[i]), location);
  }

  /** Index of the line's first `]`, or -1. */
  private closingBracket(): number {
    for (let k = 0; k < this.count; k++) if (isOp(this.tokens[k], ']')) return k;
    return -1;
  }

  private startsWithLabel(first: Token, word: Keyword | undefined): boolean {
    const tokens = this.tokens;
    if (isOp(tokens[1], ':')) return true;
    if (word?.opensBody) return false;
    // Mnemonics never start with a dot, so `.label insn` is a label however the line goes on.
    if (first.text.charCodeAt(0) === 46 && !isOp(tokens[1], ',')) return true;
    if (this.count === 1) return !word || !(word.operandless || word.commonMnemonic || word.register);
    const next = keywordOf(tokens[1]);
    if (!next) return false;
    return next.followsLabel === true || (next.commonMnemonic === true && !word?.commonMnemonic && !isOp(tokens[2], ':'));
  }

  private defineLabel(text: string, name: string, location: SourceLocation): void {
    if (!text.startsWith('.') && !text.startsWith('..@')) this.scope = name;
    this.add({ kind: 'label', name, location });
  }

  /** `times`, prefixes, then a data directive, reservation or instruction. */
  private parseBody(start: number, keyword: Keyword | undefined, location: SourceLocation): void {
    const { tokens, count } = this;
    let i = start;
    let times: Expr | undefined;
    let word = keyword;
    while (word?.name === 'times') {
      const parsed = readExpression(tokens, i + 1);
      times = this.qualifyExpr(parsed.expr); // nasm keeps only the last of repeated TIMES prefixes
      i = parsed.next;
      word = keywordOf(tokens[i]);
    }
    let prefixes = NO_PREFIXES;
    while (word?.prefix && i < count) {
      if (prefixes === NO_PREFIXES) prefixes = [];
      prefixes.push(word.name);
      word = keywordOf(tokens[++i]);
    }
    const head = tokenAt(tokens, i);
    if (i >= count) {
      if (prefixes.length > 0) {
        this.add({ kind: 'instruction', prefixes: prefixes.slice(0, -1), mnemonic: prefixes.at(-1)!, operands: [], times, location });
        return;
      }
      throw new ParseError('parser: instruction expected', head);
    }
    if (head.kind !== 'identifier') throw new ParseError('parser: instruction expected', head);
    if (word?.dataUnit !== undefined) {
      this.add({ kind: 'data', unitSize: word.dataUnit, items: this.parseDataItems(i + 1, head), times, location });
      return;
    }
    if (word?.reserveUnit !== undefined) {
      const { expr, next } = readExpression(tokens, i + 1);
      this.expectEnd(next);
      this.add({ kind: 'reserve', unitSize: word.reserveUnit, count: this.qualifyExpr(expr), times, location });
      return;
    }
    if (word?.name === 'incbin') {
      const statement = parseDirective(word.name, tokens.slice(i + 1, count), location, head, this.diagnostics)[0];
      if (statement?.kind === 'incbin') statement.times = times;
      this.addDirective(statement);
      return;
    }
    const operands = this.operands;
    let operandCount = 0;
    const cursor = this.cursor;
    cursor.tokens = tokens;
    cursor.position = i + 1;
    const mnemonic = word?.name ?? head.text.toLowerCase();
    // `fadd to st1`: nasm's way to write `fadd st1, st0`
    const toStackRegister = X87_ARITHMETIC.has(mnemonic) && tokens[i + 1]?.kind === 'identifier' && tokens[i + 1]!.text.toLowerCase() === 'to' && i + 2 < count;
    if (toStackRegister) cursor.position++;
    while (cursor.position < count) {
      operands[operandCount++] = this.qualifyOperand(parseOperand(cursor));
      const next = cursor.position;
      if (next >= count) break;
      if (!isOp(tokens[next], ',')) throw new ParseError(`comma, colon, decorator or end of line expected after operand`, tokens[next]!);
      cursor.position = next + 1;
      if (next + 1 >= count) throw new ParseError('invalid combination of opcode and operands', tokenAt(tokens, next + 1));
    }
    if (toStackRegister) {
      if (operandCount !== 1 || operands[0]!.kind !== 'register' || operands[0]!.register.regClass !== 'x87') throw new ParseError('invalid combination of opcode and operands', head);
      operands[operandCount++] = ST0;
    }
    this.add({ kind: 'instruction', prefixes, mnemonic, operands: operands.slice(0, operandCount), times, location });
  }

  private parseDataItems(start: number, head: Token): DataItem[] {
    const { tokens, count } = this;
    const items = this.items;
    let itemCount = 0;
    let i = start;
    if (i >= count) throw new ParseError(`no operand for data declaration`, head);
    while (i < count) {
      const token = tokens[i]!;
      const alone = i + 1 >= count || isOp(tokens[i + 1], ',');
      if (token.kind === 'string' && !isTerminated(token)) throw new ParseError('expression syntax error', token);
      if (token.kind === 'string' && alone) {
        items[itemCount++] = { kind: 'string', bytes: token.bytes ?? new Uint8Array() };
        i += 1;
      } else if (isOp(token, '?')) {
        items[itemCount++] = { kind: 'uninitialized' };
        i += 1;
      } else if (token.kind === 'number' && token.value !== undefined && alone) {
        items[itemCount++] = { kind: 'expr', value: { kind: 'number', value: token.value, location: token.location } };
        i += 1;
      } else if (utfFunctionOf(token) !== undefined) {
        // `__utf16__ "text"` or `__utf16__("text")` is a string item, which takes no arithmetic after it
        const end = Math.min(count, i + (isOp(tokens[i + 1], '(') ? 4 : 2));
        const { expr } = readExpression(tokens.slice(i, end), 0);
        items[itemCount++] = { kind: 'string', bytes: utfItemBytes(expr, token) };
        i = end;
      } else if (token.kind === 'string' && tokens[i + 1]?.kind === 'string' && i + 1 < count) {
        // a string right after a string ends the list for nasm: `db 'a' 'b', 3` is `db 'a'`
        items[itemCount++] = { kind: 'expr', value: readExpression([token], 0).expr };
        break;
      } else {
        const floatLength = floatItemLength(tokens, i);
        if (floatLength > 0) {
          // a float is an item of its own, signed at most once: `1.5 + 1` and `(1.5)` are no floats to nasm
          items[itemCount++] = { kind: 'expr', value: readExpression(tokens.slice(i, i + floatLength), 0).expr };
          i += floatLength;
        } else {
          const { expr, next } = readExpression(tokens, i);
          if (holdsFloat(expr)) throw new ParseError('expression syntax error', token);
          items[itemCount++] = { kind: 'expr', value: this.qualifyExpr(expr) };
          // nasm drops one stray token after an integer item: `db 1 2` is `db 1`, `db 1 2 3` an error
          i = next < count && !isOp(tokens[next], ',') ? next + 1 : next;
        }
      }
      if (i >= count) break;
      if (!isOp(tokens[i], ',')) throw new ParseError('comma expected after operand', tokens[i]!);
      i++;
    }
    return items.slice(0, itemCount);
  }

  private expectEnd(next: number): void {
    if (next < this.count) throw new ParseError(`garbage after expression`, this.tokens[next]!);
  }

  private addDirective(statements: Statement | Statement[] | undefined): void {
    if (!statements) return;
    if (Array.isArray(statements)) {
      for (const statement of statements) this.addDirective(statement);
      return;
    }
    const statement = statements;
    if (statement.kind === 'global' || statement.kind === 'extern' || statement.kind === 'static' || statement.kind === 'common') {
      statement.name = this.qualify(statement.name);
    }
    if (statement.kind === 'absolute') statement.address = this.qualifyExpr(statement.address);
    if (statement.kind === 'align' || statement.kind === 'sectalign') statement.boundary = this.qualifyExpr(statement.boundary);
    this.add(statement);
  }

  private add(statement: Statement): void {
    this.made?.push(statement);
    if (this.sink) this.sink(statement);
    else this.statements.push(statement);
  }

  qualify(name: string): string {
    if (!isLocalName(name)) return name;
    this.scopeRead = true;
    return this.scope + name;
  }

  /** Qualifies local names in a tree the parser has just built (no one else holds it yet). */
  qualifyExpr(expr: Expr): Expr {
    switch (expr.kind) {
      case 'symbol':
        expr.name = this.qualify(expr.name);
        break;
      case 'unary':
      case 'wrt':
        this.qualifyExpr(expr.operand);
        break;
      case 'binary':
        this.qualifyExpr(expr.left);
        this.qualifyExpr(expr.right);
        break;
      case 'conditional':
        this.qualifyExpr(expr.condition);
        this.qualifyExpr(expr.then);
        this.qualifyExpr(expr.else);
        break;
      case 'call':
        for (const arg of expr.args) this.qualifyExpr(arg);
        break;
    }
    return expr;
  }

  private qualifyOperand(operand: Operand): Operand {
    if (operand.kind === 'immediate') this.qualifyExpr(operand.value);
    else if (operand.kind === 'memory' && operand.displacement) this.qualifyExpr(operand.displacement);
    return operand;
  }
}

/** How many tokens a float data item at `i` takes: a float (`1.5`, `__?Infinity?__`) after at most one sign; 0 for none. */
function floatItemLength(tokens: readonly Token[], i: number): number {
  const sign = isOp(tokens[i], '-') || isOp(tokens[i], '+') ? 1 : 0;
  const token = tokens[i + sign];
  const isFloat = token?.kind === 'float' || (token?.kind === 'identifier' && isFloatSpecial(token.text));
  return isFloat ? sign + 1 : 0;
}

/** Whether a float stands anywhere in `expr` outside a function's arguments (`__float32__(1.5)` is an integer). */
function holdsFloat(expr: Expr): boolean {
  switch (expr.kind) {
    case 'float': return true;
    case 'symbol': return isFloatSpecial(expr.name);
    case 'unary': return holdsFloat(expr.operand);
    case 'binary': return holdsFloat(expr.left) || holdsFloat(expr.right);
    case 'conditional': return holdsFloat(expr.condition) || holdsFloat(expr.then) || holdsFloat(expr.else);
    case 'wrt': return holdsFloat(expr.operand);
    default: return false;
  }
}
