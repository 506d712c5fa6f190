// The encoder: a ParsedProgram in, an EncodedProgram out. It walks the statements pass after pass
// (each pass sees the label addresses the previous one found) until addresses stop moving, as
// nasm's optimizer does, then resolves every fixup to bytes or a relocation.

import { diagnosticAt, hasErrors, type Diagnostic, type SourceLocation } from '../common/diagnostic.ts';
import type { Expr } from '../expr/ast.ts';
import type { DataItem, Operand, ParsedProgram, Statement, SymbolAffix, SymbolAttributes } from '../parse/program.ts';
import { SHF_TLS, SHT_NOBITS, STT_FUNC, STT_GNU_IFUNC, STT_NOTYPE, STT_OBJECT, STT_TLS, STV_DEFAULT, STV_HIDDEN, STV_INTERNAL, STV_PROTECTED } from '../elf/constants.ts';
import { constantValue, evaluate, EvaluationError, isConstant, type EvaluationContext, type SymbolValue, type Value } from './value.ts';
import { encodeInstruction, EncodeError, type InstructionContext } from './instruction.ts';
import { encodeData } from './data.ts';
import { smartPadding } from './smart-align.ts';
import { floatLiteral } from '../expr/float-bits.ts';
import { encodeBranch, branchLength, isBranch, loopWithCounter, mustBeShort, canBeShort, type BranchSize } from './branch.ts';
import { NO_FIXUPS, type EncodedBytes, type Fixup } from './fixup.ts';
import { KeystoneNotLoaded, type TemplateEncoder } from './keystone.ts';
import { sectionShape } from './sections.ts';
import { SectionBuilder } from './section-builder.ts';
import type { EncodedProgram, EncodedSymbol, LineRecord } from './program.ts';
import { withSymbolAffixes } from './symbol-affixes.ts';

export interface EncodeOptions {
  encoder: TemplateEncoder;
  /** Contents of an `incbin` file, or undefined when it cannot be read. */
  readBinary?: (path: string) => Uint8Array | undefined;
}

const MAX_PASSES = 30;
const SETTLE_AFTER = 8;

interface Declarations {
  globals: Map<string, SymbolAttributes>;
  externs: Map<string, SymbolAttributes>;
  commons: Map<string, { size: Expr; alignment?: Expr; location: SourceLocation }>;
  /** `[pragma elf gprefix ...]` and kin; the first setting of each wins, as in nasm. */
  affixes: Map<SymbolAffix, string>;
  /** Order in which non-local symbols enter nasm's symbol table. */
}

export function encode(program: ParsedProgram, options: EncodeOptions): EncodedProgram {
  const declarations = collectDeclarations(program.statements);
  const nearBranches = new Set<string>();
  // The first pass writes as it goes: when it met no symbol before its definition, or only jump
  // targets its guesses reach, its addresses are final and it is the only pass. Not measuring, it
  // makes no line plans.
  const first = new Pass(program.statements, new Map(), declarations, nearBranches, options, [], false, false);
  first.run();
  if (!first.sawUnknown || first.guessesHold()) {
    first.settleForwardJumps();
    return first.finish(program.diagnostics);
  }
  // Sizing passes only measure; once addresses stop moving, one more pass writes the bytes.
  const plans: (LinePlan | undefined)[] = new Array(program.statements.length);
  let previous = first.symbols;
  for (let n = 2; n <= MAX_PASSES; n++) {
    const pass = new Pass(program.statements, previous, declarations, nearBranches, options, plans, n > SETTLE_AFTER, true);
    pass.run();
    const stable = sameSymbols(previous, pass.symbols);
    previous = pass.symbols;
    if (stable) break;
  }
  const final = new Pass(program.statements, previous, declarations, nearBranches, options, plans, true, false);
  final.run();
  return final.finish(program.diagnostics);
}

/**
 * What the first measuring pass learnt about a line without `times` that later passes can reuse: its bytes
 * when nothing in it depends on a symbol or `$`, its bytes and the expressions of its fixups when
 * every symbol field is relocated, or only its length (data whose values may move but whose size
 * cannot).
 */
type LinePlan =
  | { kind: 'static'; length: number; encoded: EncodedBytes }
  | { kind: 'relocated'; length: number; encoded: EncodedBytes; expressions: readonly Expr[] }
  | { kind: 'length'; length: number };

function sameSymbols(a: Map<string, SymbolValue>, b: Map<string, SymbolValue>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, value] of a) {
    const other = b.get(name);
    if (!other || other.value !== value.value || other.section !== value.section) return false;
  }
  return true;
}

const noDeclarations = (): Declarations => ({ globals: new Map(), externs: new Map(), commons: new Map(), affixes: new Map() });

function collectDeclarations(statements: readonly Statement[]): Declarations {
  const declarations = noDeclarations();
  for (let i = 0; i < statements.length; i++) declare(declarations, statements[i]!);
  return declarations;
}

function declare(declarations: Declarations, s: Statement, location = s.location): void {
  switch (s.kind) {
    case 'global':
      declarations.globals.set(s.name, { ...declarations.globals.get(s.name), ...s.attributes });
      break;
    case 'extern':
      if (!declarations.externs.has(s.name)) declarations.externs.set(s.name, s.attributes);
      break;
    case 'symbol-affix':
      if (!declarations.affixes.has(s.affix)) declarations.affixes.set(s.affix, s.text);
      break;
    case 'common':
      if (!declarations.commons.has(s.name)) declarations.commons.set(s.name, { size: s.size, alignment: s.alignment, location });
      break;
  }
}

/**
 * The first pass run on statements as the parser makes them, none of them kept, so a long source
 * never holds its parsed lines in memory. Declarations are only known up to the line in hand, so
 * any line whose meaning a later declaration could change ends the attempt, as does anything
 * needing a second look at the statements (sizing passes, error locations). `finish` gives the
 * program when this single pass was final; otherwise the caller encodes the kept statements of
 * a second reading of the source with `encode`.
 */
export class StreamedPass {
  private readonly declarations = noDeclarations();
  private readonly pass: Pass;
  private count = 0;
  /** Set once the statements must be encoded the ordinary way. */
  abandoned = false;

  constructor(options: EncodeOptions) {
    this.pass = new Pass([], new Map(), this.declarations, new Set(), options, [], false, false);
    this.pass.begin();
  }

  /**
   * Encodes one more statement, which is not kept; `repeatedAt` when the parser gives it again
   * for a line repeated word for word, standing at that location.
   */
  take(s: Statement, repeatedAt?: SourceLocation): void {
    if (this.abandoned) return;
    if (this.dependsOnLaterDeclarations(s)) {
      this.abandoned = true;
      return;
    }
    declare(this.declarations, s, repeatedAt);
    try {
      this.pass.feed(s, this.count++, repeatedAt);
    } catch (error) {
      // a form no earlier run has seen: the caller loads Keystone and starts again
      if (!(error instanceof KeystoneNotLoaded)) throw error;
      this.abandoned = true;
    }
  }

  /** A symbol both defined and declared extern or common: what it becomes depends on the whole file. */
  private dependsOnLaterDeclarations(s: Statement): boolean {
    const { externs, commons } = this.declarations;
    switch (s.kind) {
      case 'label': case 'equ': return externs.has(s.name) || commons.has(s.name);
      case 'extern': case 'common': return this.pass.symbols.has(s.name);
      default: return false;
    }
  }

  finish(diagnostics: Diagnostic[]): EncodedProgram | undefined {
    const pass = this.pass;
    if (this.abandoned || (pass.sawUnknown && !pass.guessesHold())) return undefined;
    pass.settleForwardJumps();
    const encoded = pass.finish(diagnostics);
    return hasErrors(encoded.diagnostics) ? undefined : encoded;
  }
}

class Pass implements InstructionContext {
  readonly symbols = new Map<string, SymbolValue>();
  sawUnknown = false;
  private readonly sections = new Map<string, SectionBuilder>();
  private readonly diagnostics: Diagnostic[] = [];
  /** Symbols in the order nasm creates them: externs when declared, labels when defined. */
  private readonly labelOrder: string[] = [];
  /** Externs and commons declared so far: the symbols created without a definition. */
  private readonly declared = new Set<string>();
  private current: SectionBuilder | undefined;
  /** Inside `absolute`: labels are counted from this address, plain numbers unless it lies in `absoluteSection`. */
  private absolute: bigint | undefined;
  /** The section of an `absolute` address written from a label (`absolute buffer+8`). */
  private absoluteSection: string | undefined;
  /** `default rel` as it stands at the line being encoded. */
  defaultRel = false;
  private location: SourceLocation = { file: '', line: 0 };

  constructor(
    private readonly statements: readonly Statement[],
    private readonly previous: Map<string, SymbolValue>,
    private readonly declarations: Declarations,
    private readonly nearBranches: Set<string>,
    private readonly options: EncodeOptions,
    private readonly plans: (LinePlan | undefined)[],
    /** Late passes only let jumps grow, so sizing cannot oscillate forever. */
    private readonly settling: boolean,
    /** Only count bytes: no contents, fixups or line table. */
    private readonly sizing: boolean,
  ) {}

  run(): void {
    this.begin();
    for (let index = 0; index < this.statements.length; index++) this.feed(this.statements[index]!, index);
  }

  begin(): void {
    this.switchSection('.text', {}, true);
  }

  /** Lines that would not encode, kept so a line naming an undefined symbol reports only that, as in nasm. */
  private readonly encodeFailures: { failure: Diagnostic; statement: Statement }[] = [];

  /** Encodes statement number `index`; `repeatedAt` as in StreamedPass.take. */
  feed(statement: Statement, index: number, repeatedAt?: SourceLocation): void {
    this.location = repeatedAt ?? statement.location;
    this.repeatsLine = repeatedAt !== undefined;
    try {
      this.statement(statement, index);
    } catch (error) {
      if (error instanceof EncodeError) {
        const failure = diagnosticAt(this.location, 'error', error.message);
        this.diagnostics.push(failure);
        this.encodeFailures.push({ failure, statement });
      } else if (error instanceof EvaluationError) this.error(error.message);
      else if (error instanceof Error && /floating-point constant|format/.test(error.message)) this.error(error.message);
      else throw error;
    }
  }

  private error(message: string): void {
    this.diagnostics.push(diagnosticAt(this.location, 'error', message));
  }

  private warning(message: string): void {
    this.diagnostics.push(diagnosticAt(this.location, 'warning', message));
  }

  private switchSection(name: string, attributes: Parameters<typeof sectionShape>[1], implicit = false): void {
    let section = this.sections.get(name);
    if (!section) {
      section = new SectionBuilder(name, sectionShape(name, attributes), implicit, this.sizing);
      this.sections.set(name, section);
    } else if (!implicit) {
      // the default section is first declared here, which shapes it, as in nasm, even after code was written to it
      if (section.implicit) section.declareShape(sectionShape(name, attributes));
      else if (attributes.align !== undefined) section.shape.align = Math.max(section.shape.align, attributes.align);
      section.implicit = false;
    }
    if (!implicit) {
      this.touch(section);
      if (!this.declaredOrder.includes(section)) this.declaredOrder.push(section);
    }
    this.current = section;
    this.absolute = undefined;
  }

  /** nasm creates a section when it is declared or first written to; that fixes its place. */
  private touch(section: SectionBuilder): void {
    if (section.created) return;
    section.created = true;
    this.sectionOrder.push(section);
  }

  private readonly sectionOrder: SectionBuilder[] = [];
  /**
   * nasm makes declared sections while it first reads the source, but the default `.text` only
   * when the final pass writes to it: a section never declared comes after every declared one.
   */
  private readonly declaredOrder: SectionBuilder[] = [];

  /** How often this pass has read a symbol or `$`: a line that read none encodes alike in every pass. */
  private placeReads = 0;

  private here(): { section?: string; offset: bigint } {
    this.placeReads++;
    if (this.absolute !== undefined) return { section: this.absoluteSection, offset: this.absolute };
    return { section: this.current!.name, offset: BigInt(this.current!.size) };
  }

  /** Where `$` stands for the evaluation in progress; the start of the current line unless a caller says otherwise. */
  private evaluatedAt: { section?: string; offset: bigint } | undefined;
  /** The start of a `times` line while its copies are encoded: `$` in every copy is there, as in nasm. */
  private repeatStart: { section?: string; offset: bigint } | undefined;

  /** One context for the whole pass. */
  private readonly context: EvaluationContext = {
    lookup: (name) => {
      this.placeReads++;
      const own = this.symbols.get(name);
      if (own) return own;
      if (this.declarations.externs.has(name) || this.declarations.commons.has(name)) return { external: true, value: 0n };
      return this.previous.get(name);
    },
    here: () => this.evaluatedAt ?? this.repeatedHere() ?? this.here(),
    undefinedSymbol: (name) => {
      this.placeReads++;
      this.sawUnknown = true;
      this.unknownReferences++;
      this.undefinedNames.add(name);
    },
    warn: (message) => this.warning(message),
  };

  private repeatedHere(): { section?: string; offset: bigint } | undefined {
    if (this.repeatStart !== undefined) this.placeReads++;
    return this.repeatStart;
  }

  /** `evaluate` for the line being encoded, made once for the pass. */
  private readonly evaluateAtLine = (expr: Expr): Value => this.evaluate(expr);

  evaluate(expr: Expr, at?: { section?: string; offset: bigint }): Value {
    if (expr.kind === 'number') return constantValue(BigInt.asIntN(64, expr.value));
    this.evaluatedAt = at;
    return evaluate(expr, this.context);
  }

  private readonly undefinedNames = new Set<string>();
  private unknownReferences = 0;
  /** Unknown references whose line has the same length whatever they turn out to be, or a guess to check. */
  private harmlessUnknowns = 0;
  /** Jumps to a label not defined yet, taken as short: where each must land for that to hold. */
  private readonly shortGuesses: { label: string; section: string; end: bigint }[] = [];

  /**
   * After a first pass whose only unknowns were jump targets: whether each jump guessed short
   * reaches its label as now placed. Then another pass would make every choice this one made,
   * so these addresses are final.
   */
  guessesHold(): boolean {
    if (this.unknownReferences !== this.harmlessUnknowns) return false;
    return this.shortGuesses.every(({ label, section, end }) => {
      const symbol = this.symbols.get(label);
      if (symbol?.section !== section || symbol.external) return false;
      const displacement = symbol.value - end;
      return displacement >= -128n && displacement <= 127n;
    });
  }
  /** How far labels have moved since the last pass, as of the last label defined. */
  private drift = 0n;

  private constantOf(expr: Expr, what: string): bigint | undefined {
    const value = this.evaluate(expr);
    if (value.unknown) return undefined;
    if (!isConstant(value)) throw new EvaluationError(`non-constant argument supplied to ${what}`);
    return value.constant;
  }

  private define(name: string, value: SymbolValue): void {
    const existing = this.symbols.get(name);
    if (existing !== undefined) {
      // the same place again is no redefinition to nasm
      if (existing.section === value.section && existing.value === value.value && !existing.external) return;
      const redefined = diagnosticAt(this.location, 'error', `label \`${name}' inconsistently redefined`);
      const first = existing.location;
      if (first) redefined.notes = [{ file: first.file, line: first.line, message: `label \`${name}' originally defined here` }];
      this.diagnostics.push(redefined);
      return;
    }
    this.symbols.set(name, value);
    const before = this.previous.get(name);
    if (before && before.section === value.section && value.section === this.current?.name) this.drift = value.value - before.value;
    if (!this.declared.has(name)) this.labelOrder.push(name);
  }

  private statement(s: Statement, index: number): void {
    const kind = s.kind;
    if (this.absolute === undefined && (kind === 'data' || kind === 'reserve' || kind === 'instruction' || kind === 'align' || kind === 'incbin')) {
      this.touch(this.current!);
    }
    switch (s.kind) {
      case 'label':
        // nasm turns an `extern` that the file then defines into a global
        if (this.declarations.externs.has(s.name)) {
          if (!this.declarations.globals.has(s.name)) this.declarations.globals.set(s.name, this.declarations.externs.get(s.name)!);
          this.declarations.externs.delete(s.name);
        }
        if (this.absolute === undefined) {
          this.touch(this.current!);
          this.current!.used = true; // a label keeps even an empty section in the object
        }
        this.define(s.name, this.absolute !== undefined
          ? { section: this.absoluteSection, value: this.absolute, location: this.location }
          : { section: this.current!.name, value: BigInt(this.current!.size), location: this.location });
        return;
      case 'equ': {
        const value = this.evaluate(s.value);
        const section = [...value.terms.keys()][0];
        if (value.terms.size > 1 || (section !== undefined && (value.terms.get(section) !== 1n || !section.startsWith('s:')))) {
          throw new EvaluationError('invalid operand to EQU: expression is not simple or relocatable');
        }
        this.define(s.name, section ? { section: section.slice(2), value: value.constant, location: this.location } : { value: value.constant, location: this.location });
        return;
      }
      case 'section':
        this.switchSection(s.name, s.attributes);
        return;
      case 'absolute': {
        // nasm needs the address now: a label further down does not count
        const later = this.firstUndeclared(symbolsIn(s.address));
        if (later !== undefined) {
          this.absolute = 0n;
          this.absoluteSection = undefined;
          throw new EvaluationError(`symbol \`${later}' not defined before use`);
        }
        const value = this.evaluate(s.address);
        const [term, coefficient] = value.terms.size === 1 ? [...value.terms][0]! : ['', 0n];
        const inSection = coefficient === 1n && term.startsWith('s:');
        this.absolute = value.constant;
        this.absoluteSection = inSection ? term.slice(2) : undefined;
        if (!isConstant(value) && !inSection) throw new EvaluationError('invalid ABSOLUTE address');
        return;
      }
      case 'default':
        this.defaultRel = s.addressing === 'rel';
        return;
      case 'bits':
        if (s.bits !== 64) this.error(`BITS ${s.bits} is not supported: only 64-bit code can be assembled`);
        return;
      case 'sectalign': {
        const boundary = this.constantOf(s.boundary, 'sectalign');
        if (boundary !== undefined && !isPowerOfTwo(boundary)) {
          throw new EvaluationError(`segment alignment \`${boundary}' is not power of two`);
        }
        if (boundary !== undefined && this.absolute === undefined) this.current!.raiseAlign(Number(boundary));
        return;
      }
      case 'align': {
        const boundary = this.constantOf(s.boundary, s.reserve ? 'alignb' : 'align');
        if (boundary === undefined) return;
        const n = Number(boundary);
        if (!isPowerOfTwo(boundary)) throw new EvaluationError('alignment must be a power of two');
        if (this.absolute !== undefined) {
          this.absolute += BigInt((n - Number(this.absolute % BigInt(n))) % n);
          return;
        }
        this.current!.raiseAlign(n);
        const pad = (n - (this.current!.size % n)) % n;
        if (s.reserve || this.current!.shape.type === SHT_NOBITS) {
          this.current!.reserve(pad);
          return;
        }
        const jumpThreshold = s.smart === undefined ? undefined : this.constantOf(s.smart.jumpThreshold, 'alignmode');
        const bytes = s.smart === undefined || jumpThreshold === undefined ? new Uint8Array(pad).fill(0x90) : smartPadding(pad, s.smart.mode, Number(jumpThreshold));
        this.current!.append({ bytes, fixups: [], warnings: [] }, this.location, false);
        return;
      }
      case 'extern': case 'common':
        if (!this.declared.has(s.name) && !this.symbols.has(s.name)) {
          this.declared.add(s.name);
          this.labelOrder.push(s.name);
        }
        return;
      case 'global': case 'static':
        return;
      case 'incbin':
        this.incbin(s);
        return;
      case 'data': case 'instruction':
        if (s.times === undefined) this.single(s, index);
        else this.repeated(s, index);
        return;
      case 'reserve':
        this.repeated(s, index);
        return;
    }
  }

  /**
   * The first of `names` neither defined so far nor declared. Kept out of `statement`, which every
   * line passes through: a closure there would make each call allocate a context for it.
   */
  private firstUndeclared(names: string[]): string | undefined {
    return names.find((name) => !this.symbols.has(name) && !this.declarations.externs.has(name) && !this.declarations.commons.has(name));
  }

  private repeated(s: Extract<Statement, { kind: 'data' | 'reserve' | 'instruction' }>, index: number): void {
    let count = 1n;
    if (s.times) {
      const times = this.evaluate(s.times);
      if (times.unknown && !this.sizing) {
        // nasm names the TIMES count, not the symbol inside it
        for (const name of this.undefinedNames) if (mentions({ ...s, kind: 'align', boundary: s.times, reserve: false }, name)) this.undefinedNames.delete(name);
        throw new EvaluationError('non-constant argument supplied to TIMES');
      }
      const value = this.constantOf(s.times, 'TIMES');
      if (value === undefined) return;
      if (value < 0n) throw new EvaluationError(`TIMES value ${value} is negative`);
      count = value;
    }
    if (count > 0n && this.absolute !== undefined && writesContents(s)) throw new EvaluationError(CODE_IN_ABSOLUTE);
    // no copies, but nasm still reads the line's expressions: an undefined symbol there is an error
    if (count === 0n) for (const expr of expressionsOf(s)) if (floatLiteral(expr) === undefined) this.evaluate(expr);
    this.repeatStart = this.here();
    try {
      for (let i = 0n; i < count; i++) {
        if (s.kind === 'reserve') this.reserve(s);
        else if (s.kind === 'data') this.emit(this.encodeDataStatement(s), true);
        else this.emit(this.encodeInstructionStatement(s, index, i), true);
      }
    } finally {
      this.repeatStart = undefined;
    }
  }

  /** Whether the statement being encoded is given again for a repeated line (StreamedPass.take). */
  private repeatsLine = false;
  /**
   * Plans for instructions the parser gives again for repeated lines, by the operand list every
   * copy shares, with the `default` addressing they were made under.
   */
  private readonly repeatPlans = new Map<readonly Operand[], { plan: LinePlan; defaultRel: boolean }>();

  private single(s: Extract<Statement, { kind: 'data' | 'instruction' }>, index: number): void {
    if (this.absolute !== undefined && writesContents(s)) throw new EvaluationError(CODE_IN_ABSOLUTE);
    let plan = this.plans[index];
    if (plan !== undefined && this.sizing && this.absolute === undefined && this.current!.shape.type !== SHT_NOBITS) {
      this.current!.skip(plan.length);
      return;
    }
    // an instruction that encoded the same wherever it stood, or to the same bytes with fixups for its symbols, does so here too
    const repeatable = this.repeatsLine && s.kind === 'instruction' && !this.sizing;
    if (repeatable && plan === undefined) {
      const earlier = this.repeatPlans.get(s.operands);
      if (earlier !== undefined && earlier.defaultRel === this.defaultRel) plan = earlier.plan;
    }
    if (plan?.kind === 'static') {
      this.emit(plan.encoded, true);
      return;
    }
    const refreshed = plan?.kind === 'relocated' ? this.refreshFixups(plan) : undefined;
    const readsBefore = this.placeReads;
    const encoded = refreshed ?? (s.kind === 'data' ? this.encodeDataStatement(s) : this.encodeInstructionStatement(s, index, 0n));
    // plans serve the passes after a measuring one (a first pass that turns out final needs none) and repeated lines
    if (plan === undefined && (this.sizing || repeatable)) {
      const made = planFor(s, encoded, this.placeReads === readsBefore);
      if (this.sizing) this.plans[index] = made;
      else if (made !== undefined && s.kind === 'instruction') this.repeatPlans.set(s.operands, { plan: made, defaultRel: this.defaultRel });
    }
    this.emit(encoded, true);
  }

  /** The line's first encoding with fixups for today's symbol values, or undefined when one stopped being relocatable. */
  private refreshFixups({ encoded, expressions }: Extract<LinePlan, { kind: 'relocated' }>): EncodedBytes | undefined {
    const fixups: Fixup[] = [];
    for (let i = 0; i < expressions.length; i++) {
      const value = this.evaluate(expressions[i]!);
      if (value.unknown || isConstant(value)) return undefined;
      fixups.push({ ...encoded.fixups[i]!, value });
    }
    return { bytes: encoded.bytes, fixups, warnings: encoded.warnings };
  }

  /** The line last warned about reserving space in a section with contents. */
  private zeroingWarnedAt: SourceLocation | undefined;

  private reserve(s: Extract<Statement, { kind: 'reserve' }>): void {
    const counted = this.evaluate(s.count);
    if (counted.unknown) return;
    if (!isConstant(counted)) throw new EvaluationError('attempt to reserve non-constant quantity of BSS space');
    const count = counted.constant;
    if (count < 0n) throw new EvaluationError('attempt to reserve negative amount of space');
    const size = Number(count) * s.unitSize;
    if (this.absolute !== undefined) {
      this.absolute += BigInt(size);
      return;
    }
    if (this.current!.shape.type !== SHT_NOBITS) {
      // once per line, however many `times` it repeats, and not for nothing at all
      if (size > 0 && this.zeroingWarnedAt !== this.location) {
        this.zeroingWarnedAt = this.location;
        this.warnZeroing();
      }
      this.current!.append({ bytes: new Uint8Array(size), fixups: [], warnings: [] }, this.location, false);
    } else {
      this.current!.reserve(size);
    }
  }

  private emit(encoded: EncodedBytes, record: boolean): void {
    for (let i = 0; i < encoded.warnings.length; i++) this.warning(encoded.warnings[i]!);
    if (this.absolute !== undefined) {
      this.absolute += BigInt(encoded.bytes.length);
      return;
    }
    if (this.current!.shape.type === SHT_NOBITS && encoded.bytes.length > 0) {
      this.warning(`attempt to initialize memory in BSS section \`${this.current!.name}': ignored [-w+other]`);
      this.current!.reserve(encoded.bytes.length);
      return;
    }
    this.current!.append(encoded, this.location, record);
  }

  private warnZeroing(): void {
    this.warning(`uninitialized space declared in non-BSS section \`${this.current!.name}': zeroing [-w+zeroing]`);
  }

  /** A data line's bytes; `db ?` in a section with contents is zeroed, with nasm's warning each time it is placed. */
  private encodeDataStatement(s: Extract<Statement, { kind: 'data' }>): EncodedBytes {
    const encoded = encodeData(s, this.evaluateAtLine);
    if (this.absolute !== undefined || !hasUninitialized(s.items)) return encoded;
    if (this.current!.shape.type !== SHT_NOBITS) {
      this.warnZeroing();
    } else if (s.items.every((item) => item.kind === 'uninitialized')) {
      // `db ?` in .bss only reserves, as `resb` does
      this.current!.reserve(encoded.bytes.length);
      return { bytes: new Uint8Array(0), fixups: NO_FIXUPS, warnings: encoded.warnings };
    }
    return encoded;
  }

  /** `repetition` counts `times` copies: each copy of a jump is sized on its own. */
  private encodeInstructionStatement(s: Extract<Statement, { kind: 'instruction' }>, index: number, repetition: bigint): EncodedBytes {
    const target = s.operands[0];
    if (isBranch(s.mnemonic) && target?.kind === 'immediate' && target.distance !== 'far') {
      const counter = s.operands[1];
      const mnemonic = s.operands.length === 1 ? s.mnemonic : counter?.kind === 'register' && s.operands.length === 2 ? loopWithCounter(s.mnemonic, counter.register.name) : undefined;
      if (mnemonic !== undefined) return this.branch(mnemonic, target.value, target.distance, index, repetition);
    }
    return encodeInstruction(s, this, this.options.encoder);
  }

  private branch(mnemonic: string, targetExpr: Expr, distance: 'short' | 'near' | undefined, index: number, repetition: bigint): EncodedBytes {
    const unknownsBefore = this.unknownReferences;
    const target = this.evaluate(targetExpr);
    const here = this.here();
    let size: BranchSize = 'near';
    // a plain label not defined yet can be looked up again once the pass has placed it
    const label = targetExpr.kind === 'symbol';
    const sized = !canBeShort(mnemonic) || mustBeShort(mnemonic) || distance !== undefined;
    if (sized && label) this.harmlessUnknowns += this.unknownReferences - unknownsBefore;
    if (mustBeShort(mnemonic) || distance === 'short') size = 'short';
    // a branch is keyed by its line and `times` copy only once some branch has been pinned near
    const key = this.settling || this.nearBranches.size > 0 ? `${index}:${repetition}` : '';
    if (size === 'near' && canBeShort(mnemonic) && distance !== 'near' && !this.nearBranches.has(key) && target.wrt === undefined) {
      const sameSection = here.section === undefined ? target.terms.size === 0 : target.terms.size === 1 && target.terms.get(this.current!.termKey) === 1n;
      if (target.unknown) {
        size = 'short';
        if (label && here.section !== undefined) {
          this.shortGuesses.push({ label: targetExpr.name, section: here.section, end: here.offset + BigInt(branchLength(mnemonic, 'short')) });
          this.harmlessUnknowns += this.unknownReferences - unknownsBefore;
        }
      } else if (sameSection) {
        // A label not reached yet in this pass still has last pass's address; code before it has
        // moved since by about as much as the last label passed, so shift it by that much.
        const forward = target.symbol !== undefined && !this.symbols.has(target.symbol);
        const estimate = target.constant + (forward ? this.drift : 0n);
        const displacement = estimate - (here.offset + BigInt(branchLength(mnemonic, 'short')));
        size = displacement >= -128n && displacement <= 127n ? 'short' : 'near';
      }
      if (size === 'near' && this.settling) this.nearBranches.add(key);
    }
    // a branch whose size no target changes has the same bytes wherever it jumps: only its fixup follows the target
    const relocatedOnly = sized && !target.unknown;
    return encodeBranch(mnemonic, size, target, target.unknown && label ? targetExpr : undefined, relocatedOnly ? [targetExpr] : undefined);
  }

  /** Gives the jumps encoded before their label was defined their target, now that every label is placed. */
  settleForwardJumps(): void {
    for (const section of this.sections.values()) section.settleForwardReferences((expr) => this.evaluate(expr));
  }

  private incbin(s: Extract<Statement, { kind: 'incbin' }>): void {
    if (this.absolute !== undefined) throw new EvaluationError(CODE_IN_ABSOLUTE);
    const contents = this.options.readBinary?.(s.path);
    if (!contents) throw new EncodeError(`\`incbin': unable to open file \`${s.path}'`);
    const offset = s.offset ? Number(this.constantOf(s.offset, 'incbin') ?? 0n) : 0;
    const length = s.length ? Number(this.constantOf(s.length, 'incbin') ?? 0n) : contents.length - offset;
    const bytes = contents.subarray(offset, Math.max(offset, Math.min(contents.length, offset + length)));
    const times = s.times ? Number(this.constantOf(s.times, 'TIMES') ?? 0n) : 1;
    for (let i = 0; i < times; i++) this.emit({ bytes: Uint8Array.from(bytes), fixups: [], warnings: [] }, true);
  }

  finish(parseDiagnostics: Diagnostic[]): EncodedProgram {
    const diagnostics = [...parseDiagnostics, ...this.diagnostics];
    for (const section of this.sections.values()) {
      section.resolveFixups(this.symbols, this.declarations.globals, diagnostics);
    }
    for (const name of this.undefinedNames) {
      if (this.symbols.has(name)) continue;
      diagnostics.push(...this.undefinedAt(name));
      for (const { failure, statement } of this.encodeFailures) {
        const at = mentions(statement, name) ? diagnostics.indexOf(failure) : -1;
        if (at >= 0) diagnostics.splice(at, 1);
      }
    }
    const undeclared = this.sectionOrder.filter((s) => !this.declaredOrder.includes(s));
    const sections = [...this.declaredOrder, ...undeclared].filter((s) => !s.implicit || s.used || s.size > 0);
    let lineTable: LineRecord[] | undefined;
    return withSymbolAffixes({
      sections: sections.map((s) => s.build()),
      symbols: this.buildSymbols(diagnostics),
      // made when first read: running a program needs it, writing an object does not
      get lineTable(): LineRecord[] {
        // each section's lines are already in offset order
        lineTable ??= [...sections].sort((a, b) => (a.name < b.name ? -1 : 1)).flatMap((s) => s.lines());
        return lineTable;
      },
      diagnostics: diagnostics.sort((a, b) => (a.file === b.file ? a.line - b.line : 0)),
    }, this.declarations.affixes);
  }

  private undefinedAt(name: string): Diagnostic[] {
    const result: Diagnostic[] = [];
    for (const s of this.statements) {
      if (mentions(s, name)) result.push(diagnosticAt(s.location, 'error', `symbol \`${name}' not defined`));
    }
    return result.length ? result : [{ file: '', line: 0, severity: 'error', message: `symbol \`${name}' not defined` }];
  }

  /** A symbol's type when none is declared: thread-local data in a TLS section, as nasm marks it. */
  private plainType(section: string | undefined): number {
    const shape = section === undefined ? undefined : this.sections.get(section)?.shape;
    return shape !== undefined && (shape.flags & SHF_TLS) !== 0 ? STT_TLS : STT_NOTYPE;
  }

  private buildSymbols(diagnostics: Diagnostic[]): EncodedSymbol[] {
    const { globals, externs, commons } = this.declarations;
    const result: EncodedSymbol[] = [];
    const referenced = new Set<string>();
    for (const section of this.sections.values()) for (const name of section.referencedSymbols()) referenced.add(name);
    for (let i = 0; i < this.labelOrder.length; i++) {
      const name = this.labelOrder[i]!;
      const defined = this.symbols.get(name);
      if (defined && !globals.has(name)) {
        if (name.startsWith('..') && !name.startsWith('..@')) continue;
        result.push({ name, section: defined.section ?? 'ABS', value: defined.value, size: 0n, binding: 'local', type: this.plainType(defined.section), visibility: STV_DEFAULT });
        continue;
      }
      const common = commons.get(name);
      if (!defined && !common && !externs.has(name)) continue;
      if (!defined && !common && !referenced.has(name)) continue; // nasm drops externs nothing uses
      const attributes = globals.get(name) ?? externs.get(name) ?? {};
      let size = 0n;
      if (attributes.size) {
        try {
          size = this.evaluate(attributes.size, { offset: 0n }).constant;
        } catch (error) {
          if (error instanceof EvaluationError) diagnostics.push({ file: '', line: 0, severity: 'error', message: error.message });
        }
      }
      const symbol: EncodedSymbol = {
        name,
        section: defined ? defined.section ?? 'ABS' : common ? 'COMMON' : 'UNDEF',
        value: defined ? defined.value : 0n,
        size,
        binding: attributes.weak ? 'weak' : 'global',
        type: attributes.type === undefined && defined ? this.plainType(defined.section) : symbolType(attributes),
        visibility: VISIBILITY[attributes.visibility ?? 'default']!,
      };
      if (common && !defined) {
        symbol.size = this.evaluate(common.size, { offset: 0n }).constant;
        symbol.value = common.alignment ? this.evaluate(common.alignment, { offset: 0n }).constant : 0n;
        symbol.type = symbolType(attributes);
      }
      result.push(symbol);
    }
    for (const name of globals.keys()) {
      if (!this.symbols.has(name) && !externs.has(name) && !commons.has(name)) {
        const at = this.statements.find((s) => s.kind === 'global' && s.name === name)?.location;
        if (at) diagnostics.push(diagnosticAt(at, 'error', `symbol \`${name}' declared global but not defined`));
      }
    }
    return result;
  }
}

/** Only reservations and `?` data may stand in `absolute` space: nothing there is written out. */
const CODE_IN_ABSOLUTE = 'attempt to assemble code in [ABSOLUTE] space';

function writesContents(s: Extract<Statement, { kind: 'data' | 'reserve' | 'instruction' }>): boolean {
  return s.kind === 'instruction' || (s.kind === 'data' && s.items.some((item) => item.kind !== 'uninitialized'));
}

/** The expressions a data, reserve or instruction line computes (its `times` count aside). */
function expressionsOf(s: Extract<Statement, { kind: 'data' | 'reserve' | 'instruction' }>): Expr[] {
  if (s.kind === 'reserve') return [s.count];
  if (s.kind === 'data') return s.items.flatMap((item) => (item.kind === 'expr' ? [item.value] : []));
  return s.operands.flatMap((o) => (o.kind === 'immediate' ? [o.value] : o.kind === 'memory' && o.displacement ? [o.displacement] : []));
}

/** Whether any item is `?` (a loop: every data line asks). */
function hasUninitialized(items: readonly DataItem[]): boolean {
  for (let i = 0; i < items.length; i++) if (items[i]!.kind === 'uninitialized') return true;
  return false;
}

const isPowerOfTwo = (n: bigint): boolean => n > 0n && (n & (n - 1n)) === 0n;

const VISIBILITY: Readonly<Record<string, number>> = {
  default: STV_DEFAULT, internal: STV_INTERNAL, hidden: STV_HIDDEN, protected: STV_PROTECTED,
};

function symbolType(attributes: SymbolAttributes): number {
  if (attributes.type === 'function') return STT_FUNC;
  if (attributes.type === 'object' || attributes.type === 'data') return STT_OBJECT;
  if ((attributes.type as string) === 'gnu_ifunc') return STT_GNU_IFUNC;
  return STT_NOTYPE;
}

function planFor(s: Extract<Statement, { kind: 'data' | 'instruction' }>, encoded: EncodedBytes, readNoPlace: boolean): LinePlan | undefined {
  const length = encoded.bytes.length;
  if (readNoPlace) return { kind: 'static', length, encoded };
  if (encoded.fixupExpressions) return { kind: 'relocated', length, encoded, expressions: encoded.fixupExpressions };
  if (s.kind === 'data') return { kind: 'length', length };
  return undefined;
}

/** The names of the symbols an expression reads, in order. */
function symbolsIn(e: Expr): string[] {
  switch (e.kind) {
    case 'symbol': return [e.name];
    case 'unary': return symbolsIn(e.operand);
    case 'binary': return [...symbolsIn(e.left), ...symbolsIn(e.right)];
    case 'conditional': return [...symbolsIn(e.condition), ...symbolsIn(e.then), ...symbolsIn(e.else)];
    case 'wrt': return symbolsIn(e.operand);
    case 'call': return e.args.flatMap(symbolsIn);
    default: return [];
  }
}

/** Whether the statement mentions symbol `name` (or, with no name, any symbol, `$` or `$$`). */
function mentions(s: Statement, name: string | undefined): boolean {
  const inExpr = (e: Expr | undefined): boolean => {
    if (!e) return false;
    switch (e.kind) {
      case 'symbol': return name === undefined || e.name === name;
      case 'here': case 'section-start': return name === undefined;
      case 'unary': return inExpr(e.operand);
      case 'binary': return inExpr(e.left) || inExpr(e.right);
      case 'conditional': return inExpr(e.condition) || inExpr(e.then) || inExpr(e.else);
      case 'wrt': return (name !== undefined && e.target === name) || inExpr(e.operand);
      case 'call': return e.args.some(inExpr);
      default: return false;
    }
  };
  switch (s.kind) {
    case 'instruction': case 'data': case 'reserve': return inExpr(s.times) || expressionsOf(s).some(inExpr);
    case 'equ': return inExpr(s.value);
    case 'align': case 'sectalign': return inExpr(s.boundary);
    case 'absolute': return inExpr(s.address);
    default: return false;
  }
}
