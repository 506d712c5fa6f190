// Symbols the preprocessor has already passed on: each finished line in, and for labels and
// `NAME equ <expression>` a remembered value out. nasm runs its preprocessor and assembler line
// by line, so `%rep`, `%if` and `%assign` can use an `equ` defined above them, even
// `len equ $ - msg`; this table gives our separate preprocessing stage the same view. It follows
// each section's location counter through lines whose size is certain (data, reservations,
// `times`, the `nop` padding of `align`) so labels in one stretch of a section have known
// distances; a line whose size it cannot know (an instruction, `incbin`, a count it cannot
// evaluate) starts a new stretch with an unknown start, and only differences within one stretch,
// or plain numbers, are ever given out.
//
// Most sources never ask, so lines are only followed when an expression first needs a symbol or
// `$`: until then each line waits as the least that following it takes (a label's name, one mark
// for a run of instructions, one byte count for a run of data, a section's name, the tokens of
// anything else), so most lines' tokens still die young.

import { DiagnosticError } from '../common/diagnostic.ts';
import { parseExpression } from '../expr/parse.ts';
import type { Expr } from '../expr/ast.ts';
import type { Token } from '../lex/token.ts';
import { tokenizeLine } from '../lex/tokenize.ts';
import { renderTokens } from './render.ts';
import { baseAddress, evaluateAddress, isScalar, offsetBy, type Address } from './addresses.ts';
import { lowerCase } from '../lex/characters.ts';

const DATA_UNITS: ReadonlyMap<string, number> = new Map([
  ['db', 1], ['dw', 2], ['dd', 4], ['dq', 8], ['dt', 10], ['do', 16], ['dy', 32], ['dz', 64],
]);
const RESERVE_UNITS: ReadonlyMap<string, number> = new Map([
  ['resb', 1], ['resw', 2], ['resd', 4], ['resq', 8], ['rest', 10], ['reso', 16], ['resy', 32], ['resz', 64],
]);

/** Directives that place nothing in a section. */
const SIZELESS_DIRECTIVES = new Set([
  'global', 'extern', 'common', 'static', 'default', 'bits', 'use16', 'use32', 'use64', 'cpu', 'sectalign',
  'warning', 'required', 'gprefix', 'gpostfix', 'lprefix', 'lpostfix', 'list', 'pragma',
]);

/** Where the next byte of a section (or of `absolute` space) goes: a known offset from an origin. */
interface Counter {
  origin: Address;
  offset: bigint;
  /** `$$`: the section's start; absolute space has none here. */
  start?: Address;
  /** `origin` is an unknown start nothing has been measured from yet, so it can serve a later stretch too. */
  reusable: boolean;
}

/** Every word that, first in a line, after its label or as its second word, makes it more than an instruction here. */
const WORDS_THAT_PLACE_OR_DEFINE = new Set([
  ...DATA_UNITS.keys(), ...RESERVE_UNITS.keys(), ...SIZELESS_DIRECTIVES, 'times', 'nop', 'equ', 'section', 'segment', 'absolute',
]);

/** Where a waiting run of lines of unknown size ends the stretch; `forgetsBase` when `name insn` may have made `name` a label. */
interface StretchEnd {
  forgetsBase: boolean;
}
const STRETCH_ENDS: StretchEnd = { forgetsBase: false };
const STRETCH_ENDS_AFTER_UNSEEN_LABEL: StretchEnd = { forgetsBase: true };

/** What noting a line comes to when the line alone decides it (ConstantSymbols.fixedNote). */
export type FixedNote = null | number | StretchEnd | { section: string };

/**
 * A line not yet followed, kept as the least that following it takes: a label's name (defined at
 * the counter), a count of data bytes placed, a stretch's end, a section switch, or the tokens of
 * any other line with the mode it was written in.
 */
type WaitingLine = string | number | StretchEnd | { section: string } | { tokens: readonly Token[]; bits: number };

const isOperator = (token: Token | undefined, text: string): boolean => token?.kind === 'operator' && token.text === text;
const lowerWord = (token: Token | undefined): string => (token?.kind === 'identifier' ? lowerCase(token.text) : '');
const isBodyWord = (word: string): boolean => word === 'times' || DATA_UNITS.has(word) || RESERVE_UNITS.has(word);

export class ConstantSymbols {
  private readonly values = new Map<string, Address>();
  /** The last non-local label, which `.name` hangs from; undefined after a line that may have been an unseen label. */
  private base: string | undefined = '';
  private readonly sections = new Map<string, Counter>();
  private counter: Counter = this.section('.text');
  /** Numbers the unknown origins of stretches that follow lines of unknown size. */
  private stretches = 0;
  private bits = 64;
  private waiting: WaitingLine[] = [];
  private readonly sectionSwitches = new Map<string, { section: string }>();

  /** The value of a name defined above as a plain number (directly or as a label difference), if any. */
  lookup(name: string): bigint | undefined {
    const value = this.symbol(name);
    return value && isScalar(value) ? value.constant : undefined;
  }

  /**
   * The expression with each sum or difference that involves addresses but comes to a known number
   * (`$ - msg`, `end - start`) replaced by that number; the rest is left for the constant evaluator,
   * which reports what is still unknown as nasm does.
   */
  resolve(expr: Expr): Expr {
    if (!this.mentionsAddress(expr)) return expr;
    this.catchUp();
    const linear = expr.kind === 'binary' ? ['+', '-', '*'].includes(expr.op) : expr.kind === 'unary' && (expr.op === '-' || expr.op === '+');
    const value = linear ? evaluateAddress(expr, this.context()) : undefined;
    if (value && isScalar(value)) return { kind: 'number', value: value.constant, location: expr.location };
    switch (expr.kind) {
      case 'unary':
        return { ...expr, operand: this.resolve(expr.operand) };
      case 'binary':
        return { ...expr, left: this.resolve(expr.left), right: this.resolve(expr.right) };
      case 'conditional':
        return { ...expr, condition: this.resolve(expr.condition), then: this.resolve(expr.then), else: this.resolve(expr.else) };
      default:
        return expr;
    }
  }

  private mentionsAddress(expr: Expr): boolean {
    switch (expr.kind) {
      case 'here':
      case 'section-start':
        return true;
      case 'symbol': {
        const value = this.symbol(expr.name);
        return value !== undefined && !isScalar(value);
      }
      case 'unary':
        return this.mentionsAddress(expr.operand);
      case 'binary':
        return this.mentionsAddress(expr.left) || this.mentionsAddress(expr.right);
      case 'conditional':
        return this.mentionsAddress(expr.condition) || this.mentionsAddress(expr.then) || this.mentionsAddress(expr.else);
      default:
        return false;
    }
  }

  /** Takes one finished line (tokens ending in `end`) to follow when a symbol or `$` is first needed. */
  note(tokens: readonly Token[], bits: number): void {
    const fixed = this.fixedNote(tokens);
    if (fixed !== undefined) {
      this.noteFixed(fixed, bits);
      return;
    }
    this.bits = bits;
    const line = tokens as Token[];
    const first = line[0]!;
    const second = line[1];
    if (first.kind !== 'identifier') this.waiting.push({ tokens, bits });
    else if (isOperator(second, ':')) this.waitLabelled(line, first.text, 2, bits);
    else if (WORDS_THAT_PLACE_OR_DEFINE.has(lowerCase(first.text))) this.waiting.push({ tokens, bits });
    else this.waitLabelled(line, first.text, 1, bits);
  }

  /**
   * What noting a line comes to when the line alone decides it, without a label to define: nothing
   * (a directive that places nothing), a number of bytes (data, a bare `nop`), a section switch or
   * the end of a stretch (an instruction). Undefined for any other line. A line met again word for
   * word is noted again through this, worked out once.
   */
  fixedNote(tokens: readonly Token[]): FixedNote | undefined {
    const line = tokens as Token[];
    const first = line[0]!;
    if (first.kind !== 'identifier') return undefined;
    const second = line[1]!;
    if (isOperator(second, ':')) return undefined;
    const word = lowerCase(first.text);
    const next = lowerWord(second);
    if (WORDS_THAT_PLACE_OR_DEFINE.has(word)) {
      if (next === 'equ') return undefined;
      if (SIZELESS_DIRECTIVES.has(word)) return null;
      if ((word === 'section' || word === 'segment') && second.kind !== 'end') return this.sectionSwitch(second.text);
      const unit = DATA_UNITS.get(word);
      if (unit !== undefined) return this.dataSize(line, 1, unit) ?? STRETCH_ENDS;
      return word === 'nop' && second.kind === 'end' ? 1 : undefined;
    }
    if (WORDS_THAT_PLACE_OR_DEFINE.has(next)) return undefined;
    return word.startsWith('.') ? STRETCH_ENDS : STRETCH_ENDS_AFTER_UNSEEN_LABEL;
  }

  /** Notes a line whose `fixedNote` is `fixed`. */
  noteFixed(fixed: FixedNote, bits: number): void {
    this.bits = bits;
    if (fixed === null) return;
    if (typeof fixed === 'number') this.waitBytes(fixed);
    else if (fixed === STRETCH_ENDS || fixed === STRETCH_ENDS_AFTER_UNSEEN_LABEL) this.waitStretchEnd(fixed);
    else this.waiting.push(fixed);
  }

  /** One waiting entry per section name, however often a long file switches to it. */
  private sectionSwitch(section: string): { section: string } {
    let entry = this.sectionSwitches.get(section);
    if (entry === undefined) this.sectionSwitches.set(section, (entry = { section }));
    return entry;
  }

  /** A line that defines `name` at its start (a label) and has its body from token `body` on. */
  private waitLabelled(line: Token[], name: string, body: number, bits: number): void {
    const token = line[body]!;
    const word = lowerWord(token);
    if (token.kind === 'end' || (token.kind === 'identifier' && !WORDS_THAT_PLACE_OR_DEFINE.has(word))) {
      this.waiting.push(name);
      // An instruction after the label: only the encoder knows its size.
      if (token.kind !== 'end') this.waitStretchEnd(STRETCH_ENDS);
    } else if (DATA_UNITS.has(word)) {
      this.waiting.push(name);
      this.waitData(line, body + 1, DATA_UNITS.get(word)!);
    } else {
      this.waiting.push({ tokens: line, bits });
    }
  }

  /** Data's size depends on its tokens alone, so it waits as a number of bytes. */
  private waitData(line: Token[], start: number, unit: number): void {
    const size = this.dataSize(line, start, unit);
    if (size === undefined) this.waitStretchEnd(STRETCH_ENDS);
    else this.waitBytes(size);
  }

  /** Bytes placed one after another wait as one number. */
  private waitBytes(size: number): void {
    const last = this.waiting.length - 1;
    const previous = this.waiting[last];
    if (typeof previous === 'number') this.waiting[last] = previous + size;
    else this.waiting.push(size);
  }

  /** Consecutive lines of unknown size end the stretch no differently from one. */
  private waitStretchEnd(end: StretchEnd): void {
    const last = this.waiting.length - 1;
    const previous = this.waiting[last];
    if (previous === STRETCH_ENDS || previous === STRETCH_ENDS_AFTER_UNSEEN_LABEL) {
      if (end.forgetsBase) this.waiting[last] = end;
    } else {
      this.waiting.push(end);
    }
  }

  /** Follows every waiting line, in order, each in the mode it was written in. */
  private catchUp(): void {
    if (this.waiting.length === 0) return;
    const waiting = this.waiting;
    this.waiting = [];
    const latestBits = this.bits;
    for (const line of waiting) {
      if (typeof line === 'string') {
        this.defineLabel(line);
      } else if (typeof line === 'number') {
        this.counter.offset += BigInt(line);
      } else if ('forgetsBase' in line) {
        if (line.forgetsBase) this.base = undefined;
        this.unknownSize();
      } else if ('section' in line) {
        this.counter = this.section(line.section);
      } else {
        this.bits = line.bits;
        this.follow(line.tokens);
      }
    }
    this.bits = latestBits;
  }

  /** Labels, `equ`, sections and sizes of one line. */
  private follow(tokens: readonly Token[]): void {
    const line = tokens as Token[];
    const first = line[0];
    if (!first || first.kind === 'end') return;
    if (isOperator(first, '[')) {
      this.bracketed(line);
      return;
    }
    if (first.kind !== 'identifier') {
      this.unknownSize();
      return;
    }
    const word = lowerCase(first.text);
    const colon = isOperator(line[1], ':');
    const next = lowerWord(line[1]);
    if (!colon && next !== 'equ' && this.directive(word, line, 1)) return;
    let body = 0;
    if (colon || (!isBodyWord(word) && (next === 'equ' || isBodyWord(next)))) {
      body = colon ? 2 : 1;
      if (lowerWord(line[body]) === 'equ') {
        this.define(first.text, this.evaluate(line, body + 1));
        return;
      }
      this.defineLabel(first.text);
    } else if (!isBodyWord(word) && word !== 'nop') {
      // `name insn ...` makes `name` a label; telling that from an instruction takes the parser's word lists.
      if (!word.startsWith('.')) this.base = undefined;
      // An instruction, perhaps after a label: only the encoder knows its size.
      this.unknownSize();
      return;
    }
    this.place(line, body);
  }

  private symbol(name: string): Address | undefined {
    this.catchUp();
    const key = this.qualify(name);
    return key === undefined ? undefined : this.values.get(key);
  }

  private qualify(name: string): string | undefined {
    if (!name.startsWith('.') || name.startsWith('..')) return name;
    return this.base === undefined ? undefined : this.base + name;
  }

  private defineLabel(name: string): void {
    this.define(name, this.here());
    if (!name.startsWith('.')) this.base = name;
  }

  private define(name: string, value: Address | undefined): void {
    const key = this.qualify(name);
    // A second definition is the assembler's error to report; keep the first, as it does.
    if (key !== undefined && value !== undefined && !this.values.has(key)) this.values.set(key, value);
  }

  private here(): Address {
    this.counter.reusable = false;
    return offsetBy(this.counter.origin, this.counter.offset);
  }

  private section(name: string): Counter {
    let counter = this.sections.get(name);
    if (!counter) {
      const start = baseAddress(`section ${name}`);
      counter = { origin: start, offset: 0n, start, reusable: false };
      this.sections.set(name, counter);
    }
    return counter;
  }

  /** From here on the section's offsets are relative to a new, unknown origin. */
  private unknownSize(): void {
    const counter = this.counter;
    if (!counter.reusable) {
      counter.origin = baseAddress(`stretch ${++this.stretches}`);
      counter.reusable = true;
    }
    counter.offset = 0n;
  }

  /** `[section .data]`, `[absolute 0]`, `[bits 64]`. */
  private bracketed(line: Token[]): void {
    const close = line.findIndex((t) => isOperator(t, ']'));
    if (close < 0 || line[close + 1]?.kind !== 'end') {
      this.unknownSize();
      return;
    }
    const inner = [...line.slice(1, close), line[close + 1]!];
    if (!this.directive(lowerWord(inner[0]), inner, 1)) this.unknownSize();
  }

  /** Handles a directive that puts nothing in the section; false when `word` is not one. */
  private directive(word: string, line: Token[], argument: number): boolean {
    if (word === 'section' || word === 'segment') {
      const name = line[argument];
      if (name && name.kind !== 'end') this.counter = this.section(name.text);
      else this.unknownSize();
      return true;
    }
    if (word === 'absolute') {
      const address = this.evaluate(line, argument);
      this.counter = { origin: address ?? baseAddress(`stretch ${++this.stretches}`), offset: 0n, reusable: address === undefined };
      return true;
    }
    if (word === 'alignb') {
      // `[alignb n]` (what the `alignb` macro writes) reserves up to the next multiple of n
      const boundary = renderTokens(line, argument);
      const padding = `resb (((${boundary}) - (($-$$) % (${boundary}))) % (${boundary}))`;
      this.place(tokenizeLine(padding, line[0]!.location, { afterPreprocessing: true }), 0);
      return true;
    }
    return SIZELESS_DIRECTIVES.has(word);
  }

  /** Advances the counter past what the line places, from token `start` on. */
  private place(line: Token[], start: number): void {
    let i = start;
    let count = 1n;
    while (lowerWord(line[i]) === 'times') {
      const parsed = this.parseAt(line, i + 1);
      const times = parsed && evaluateAddress(parsed.expr, this.context());
      if (!parsed || !times || !isScalar(times) || times.constant < 0n) {
        this.unknownSize();
        return;
      }
      count = times.constant;
      i = parsed.next;
    }
    if (line[i]!.kind === 'end') {
      if (i !== start) this.unknownSize();
      return;
    }
    const size = this.bodySize(line, i);
    if (size === undefined) this.unknownSize();
    else this.counter.offset += count * size;
  }

  private bodySize(line: Token[], i: number): bigint | undefined {
    const word = lowerWord(line[i]);
    const dataUnit = DATA_UNITS.get(word);
    if (dataUnit !== undefined) {
      const size = this.dataSize(line, i + 1, dataUnit);
      return size === undefined ? undefined : BigInt(size);
    }
    const reserveUnit = RESERVE_UNITS.get(word);
    if (reserveUnit !== undefined) {
      const parsed = this.parseAt(line, i + 1);
      if (!parsed || line[parsed.next]!.kind !== 'end') return undefined;
      const count = evaluateAddress(parsed.expr, this.context());
      return count && isScalar(count) && count.constant >= 0n ? count.constant * BigInt(reserveUnit) : undefined;
    }
    // `align` pads code with `nop`, one byte each.
    if (word === 'nop' && line[i + 1]!.kind === 'end') return 1n;
    return undefined;
  }

  /** Bytes of `db`-style items: a string fills whole units, anything else one unit. */
  private dataSize(line: Token[], start: number, unit: number): number | undefined {
    let size = 0;
    let i = start;
    if (line[i]!.kind === 'end') return undefined;
    for (;;) {
      const token = line[i]!;
      const after = line[i + 1]!;
      const alone = after.kind === 'end' || isOperator(after, ',');
      if (token.kind === 'string' && alone) {
        if (token.unterminated || token.bytes === undefined) return undefined;
        size += Math.ceil(token.bytes.length / unit) * unit;
        i++;
      } else if (alone && (token.kind === 'number' || token.kind === 'identifier' || token.kind === 'float')) {
        size += unit;
        i++;
      } else if (isOperator(token, '?') && alone) {
        size += unit;
        i++;
      } else {
        const parsed = this.parseAt(line, i);
        if (!parsed) return undefined;
        size += unit;
        i = parsed.next;
      }
      if (line[i]!.kind === 'end') return size;
      if (!isOperator(line[i], ',') || line[i + 1]!.kind === 'end') return undefined;
      i++;
    }
  }

  private parseAt(line: Token[], start: number): { expr: Expr; next: number } | undefined {
    try {
      return parseExpression(line, start);
    } catch (e) {
      if (e instanceof DiagnosticError) return undefined;
      throw e;
    }
  }

  /** The value of the expression from `start` to the end of the line, if it is known. */
  private evaluate(line: Token[], start: number): Address | undefined {
    const parsed = this.parseAt(line, start);
    if (!parsed || line[parsed.next]!.kind !== 'end') return undefined;
    return evaluateAddress(parsed.expr, this.context());
  }

  private context() {
    return {
      symbol: (name: string) => this.symbol(name),
      here: () => this.here(),
      sectionStart: () => this.counter.start,
      bits: this.bits,
    };
  }
}
