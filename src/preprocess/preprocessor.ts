// The preprocessor's engine: pulls raw lines from the frame stack (files, macro bodies, `%rep`
// bodies), writes in macro parameters, runs directives, keeps `%if` state, expands macros and
// collects the finished lines. Directive bodies live in directives.ts; this file moves lines.

import { diagnosticAt, type Diagnostic, type Severity, type SourceLocation } from '../common/diagnostic.ts';
import { tokenizeLine } from '../lex/tokenize.ts';
import type { LogicalLine, ReplayLine, Token } from '../lex/token.ts';
import { readConditionalDirective } from './conditions.ts';
import { expandSingleLineMacros } from './expand-single.ts';
import { invocationOf, nextRawText, rawLineLocation, type Frame, type RawLine } from './frames.ts';
import { ConstantSymbols, type FixedNote } from './constants.ts';
import { MacroTable, type SingleLineMacro } from './macros.ts';
import { bindArguments, substituteParameters, takesLabel, type MacroHeader, type MacroInvocation } from './multi-line.ts';
import { renderTokens } from './render.ts';
import { callsFunctions, withFunctionsCalled } from './functions.ts';
import { SourceLines } from './source-lines.ts';
import {
  canonicalStandardName, DIRECTIVE_MACRO_CALLS, ONE_NAME_PER_LINE, PREDEFINED_MACROS, RESERVED_ALIASES,
} from './standard-macros.ts';
import { splitArguments } from './multi-line.ts';
import { OutputLine } from './output-line.ts';
import { isOperator, withoutEnd, withSpace } from './token-helpers.ts';
import { lowerCase } from '../lex/characters.ts';

export interface PreprocessOptions {
  includePaths?: string[];
  defines?: Record<string, string>;
  readFile?: (path: string) => string | undefined;
}

export type ConditionState = 'active' | 'seeking' | 'done' | 'never';

interface Condition {
  state: ConditionState;
  elseSeen: boolean;
}

interface Definition {
  kind: 'macro' | 'rep';
  nesting: number;
  lines: RawLine[];
  header?: MacroHeader & { caseInsensitive: boolean; recursive: boolean };
  count?: bigint;
  location: SourceLocation;
}

interface Context {
  name: string;
  unique: number;
}

/** How many distinct lines met once are remembered, twice over (see `recentLines`). */
const RECENT_LINES = 512;

/** A plain line passed on again word for word: its tokens and first word, and how many macro names existed then. */
interface RepeatedLine {
  tokens: Token[];
  word: string;
  namesDefined: number;
  /** What noting it among the constants comes to, when that depends on the line alone (ConstantSymbols.fixedNote). */
  fixedNote: FixedNote | undefined;
}

/** Raised by `%fatal` and fatal errors to stop at once; the diagnostic is already recorded. */
export class FatalStop extends Error {}

const MULTI_LINE_DEPTH_LIMIT = 1000;

export class Preprocessor {
  readonly diagnostics: Diagnostic[] = [];
  readonly macros = new MacroTable();
  /** `equ` constants already passed on, which `%rep`, `%if` and `%assign` may use. */
  readonly constants = new ConstantSymbols();
  readonly frames: Frame[] = [];
  readonly conditions: Condition[] = [];
  readonly contexts: Context[] = [];
  defining: Definition | undefined;
  unique = 0;
  bits = 64;
  location: SourceLocation = { file: '', line: 0 };
  /** Macros made by `defineText`, by name and body text; none is changed once made. */
  private readonly textMacros = new Map<string, SingleLineMacro>();
  private readonly sectionMacros = new WeakMap<Token[], SingleLineMacro>();
  private readonly fileLexOptions = { diagnostics: this.diagnostics };
  /** The `%use` packages read so far. */
  readonly packagesUsed = new Set<string>();
  /** Lines are only collected while this is on; the standard macro source runs with it off. */
  private emitting = true;

  constructor(
    readonly options: PreprocessOptions,
    private readonly directives: ReadonlyMap<string, DirectiveHandler>,
    /** Takes each finished line as it is made, so the next stage can use it while it is young. */
    private readonly deliver: (line: LogicalLine) => void,
    /** Offered each plain line met again word for word, before it is scanned. */
    private readonly replay?: ReplayLine,
  ) {}

  /**
   * Plain lines passed on at least twice, by text, with their tokens as last passed on. A line is
   * plain (no macro can touch it) whatever the state, as long as no new macro name has been
   * defined since: names are only ever added.
   */
  private readonly repeatedLines = new Map<string, RepeatedLine>();
  /**
   * Plain lines met once, among the last RECENT_LINES to RECENT_LINES * 2 distinct ones: a line
   * met again while still here is repeated. Only recent lines are kept, so a long file of
   * lines written once does not hold all their text until the end.
   */
  private recentLines = new Set<string>();
  private olderLines = new Set<string>();

  // ---- driving --------------------------------------------------------------------------------

  runStandardSource(file: string, text: string): void {
    this.emitting = false;
    this.runFile(file, text);
    this.emitting = true;
  }

  runFile(file: string, text: string): void {
    const source = new SourceLines(text);
    const base = this.frames.length;
    this.pushFile(file, source);
    try {
      while (this.frames.length > base) {
        const frame = this.frames[this.frames.length - 1]!;
        const text = nextRawText(frame);
        if (text === undefined) {
          this.endFrame(this.frames.length - 1 === base);
          continue;
        }
        this.location = rawLineLocation(frame);
        this.handleRawLine(text, frame);
      }
      this.checkEndOfInput(file, source.count + 1);
    } catch (e) {
      if (!(e instanceof FatalStop)) throw e;
      this.frames.length = base;
    }
  }

  pushFile(file: string, source: SourceLines): void {
    this.frames.push({ kind: 'file', file, source, conditionDepth: this.conditions.length });
  }

  /**
   * A macro or `%rep` body that ends leaves its `%if`s open, as in nasm; an included file may not,
   * while the outermost file's end is checked with the rest of the input (checkEndOfInput).
   */
  private endFrame(outermost: boolean): void {
    const frame = this.frames.pop()!;
    if (frame.kind === 'file' && !outermost && this.conditions.length > frame.conditionDepth) {
      this.conditions.length = frame.conditionDepth;
      this.report('fatal', "expected `%endif' before end of file", { file: frame.file, line: frame.source.count + 1 });
    }
  }

  private checkEndOfInput(file: string, line: number): void {
    const at = { file, line };
    if (this.defining) {
      const what = this.defining.kind === 'macro'
        ? `end of file while still defining macro \`${this.defining.header!.name}'`
        : 'end of file while still in %rep';
      this.defining = undefined;
      this.report('error', what, at);
    }
    if (this.conditions.length) {
      this.conditions.length = 0;
      this.report('fatal', "expected `%endif' before end of file", at);
    }
  }

  // ---- one line ---------------------------------------------------------------------------------

  /** One raw line of `frame`, at `this.location`. */
  private handleRawLine(text: string, frame: Frame): void {
    if (this.replay !== undefined && this.defining === undefined && this.emitting && this.replayed(text)) return;
    const reported = this.diagnostics.length;
    // Only a file's own lines warn about unterminated strings; macro bodies did so when read.
    const tokens = tokenizeLine(text, this.location, frame.kind === 'file' ? this.fileLexOptions : undefined);
    if (this.defining) {
      this.collectDefinitionLine(tokens, { text, location: this.location });
      return;
    }
    if (this.isPlain(tokens)) {
      // a line with an unterminated string is never replayed: in a file the lexer has warned about it, in a macro it has not
      const clean = this.replay !== undefined && this.diagnostics.length === reported && (frame.kind === 'file' || !tokens.some((t) => t.unterminated));
      if (this.isActive()) this.emitPlain(tokens, false, clean ? text : undefined);
      return;
    }
    this.handleMacroLine(tokens, frame);
  }

  /** Whether the next stage took this line, met before as plain, as it took it then; the line's own effects here are redone. */
  private replayed(text: string): boolean {
    const earlier = this.repeatedLines.get(text);
    if (earlier === undefined || earlier.namesDefined !== this.macros.namesDefined || !this.isActive()) return false;
    if (!this.replay!(text, this.location)) return false;
    this.noteDirectiveWord(earlier.tokens, earlier.word);
    if (earlier.fixedNote === undefined) this.constants.note(earlier.tokens, this.bits);
    else this.constants.noteFixed(earlier.fixedNote, this.bits);
    return true;
  }

  /** The key a plain source line is passed on under once it is met a second time (see LogicalLine.repeatable). */
  private repeatKey(text: string, tokens: Token[], word: string): string | undefined {
    if (!this.repeatedLines.has(text) && !this.recentLines.has(text) && !this.olderLines.has(text)) {
      if (this.recentLines.size === RECENT_LINES) {
        this.olderLines = this.recentLines;
        this.recentLines = new Set();
      }
      this.recentLines.add(text);
      return undefined;
    }
    this.repeatedLines.set(text, { tokens, word, namesDefined: this.macros.namesDefined, fixedNote: this.constants.fixedNote(tokens) });
    return text;
  }

  /** A line that may use macro parameters, context-local names, a directive or a macro. */
  private handleMacroLine(scanned: Token[], frame: Frame): void {
    let tokens = scanned;
    const invocation = invocationOf(frame);
    if (invocation && tokens.some((t) => t.kind === 'preprocessor')) {
      const substituted = substituteParameters(tokens, invocation);
      for (const message of substituted.errors) this.report('error', message);
      tokens = this.rescan(substituted.tokens);
    }
    tokens = this.resolveContextLocals(tokens);
    const head = tokens[0]!;
    if (head.kind === 'preprocessor' && /^%[a-z]/i.test(head.text)) {
      this.handleDirective(head, withoutEnd(tokens).slice(1));
      return;
    }
    if (!this.isActive()) return;
    this.handleTextLine(tokens);
  }

  /**
   * Most lines hold no preprocessor token and no name a macro answers to (nor a `__` name that
   * might be built in): such a line needs no substitution, expansion or rescan.
   */
  private isPlain(tokens: Token[]): boolean {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'preprocessor') return false;
      if (t.kind === 'identifier' && (startsWithTwoUnderscores(t.text) || this.macros.mayName(t.text))) return false;
    }
    return true;
  }

  private handleDirective(head: Token, args: Token[]): void {
    const name = head.text.toLowerCase();
    const conditional = readConditionalDirective(name);
    if (conditional || name === '%else' || name === '%endif') {
      const handler = this.directives.get(conditional ? '%if' : name)!;
      handler(this, args, name);
      return;
    }
    if (!this.isActive()) return;
    const handler = this.directives.get(name);
    if (handler) handler(this, args, name);
    // nasm hands a line with a directive it does not know to the assembler, which finds no instruction
    else this.report('error', 'label or instruction expected at start of line');
  }

  private collectDefinitionLine(tokens: Token[], raw: RawLine): void {
    const definition = this.defining!;
    const head = tokens[0]!.kind === 'preprocessor' ? tokens[0]!.text.toLowerCase() : '';
    const opens = definition.kind === 'macro' ? /^%i?r?macro$/.test(head) : head === '%rep';
    const closes = definition.kind === 'macro' ? head === '%endmacro' || head === '%endm' : head === '%endrep';
    if (opens) definition.nesting++;
    if (closes && --definition.nesting === 0) {
      this.defining = undefined;
      this.finishDefinition(definition);
      return;
    }
    definition.lines.push(raw);
  }

  private finishDefinition(definition: Definition): void {
    if (definition.kind === 'macro') {
      const header = definition.header!;
      this.macros.defineMulti({ ...header, body: definition.lines, location: definition.location });
      return;
    }
    if (definition.count! <= 0n) return;
    const enclosing = this.frames[this.frames.length - 1];
    this.frames.push({
      kind: 'rep',
      lines: definition.lines,
      next: 0,
      remaining: definition.count!,
      invocation: enclosing ? invocationOf(enclosing) : undefined,
      conditionDepth: this.conditions.length,
    });
  }

  /** A text (non-directive) line: expand single-line macros, then call a multi-line macro or emit it. */
  private handleTextLine(scanned: Token[]): void {
    const tokens = callsFunctions(scanned, true) ? withFunctionsCalled(this, scanned, true) : scanned;
    const expanded = this.expand(tokens);
    const line = expanded.changed ? this.rescan(expanded.tokens) : tokens;
    if (this.tryMultiLineCall(line)) return;
    this.emit(line, expanded.changed);
  }

  /** A macro that is not `%rmacro` is no call (and no complaint) inside its own expansion, as in nasm. */
  private isExpanding(name: string): boolean {
    for (const frame of this.frames) {
      if (frame.kind !== 'macro' || frame.invocation.macro.recursive) continue;
      const { macro } = frame.invocation;
      if (macro.caseInsensitive ? lowerCase(macro.name) === lowerCase(name) : macro.name === name) return true;
    }
    return false;
  }

  private tryMultiLineCall(tokens: Token[]): boolean {
    const first = tokens[0]!;
    if (first.kind !== 'identifier') return false;
    if (this.macros.isMultiDefined(first.text)) return this.callMultiLine(first, tokens.slice(1));
    const labelEnd = isOperator(tokens[1], ':') ? 2 : 1;
    const name = tokens[labelEnd];
    if (name?.kind !== 'identifier' || !this.macros.isMultiDefined(name.text) || this.isExpanding(name.text)) return false;
    const bound = bindArguments(this.macros.multiDefinitions(name.text), tokens.slice(labelEnd + 1));
    if (!('macro' in bound)) return this.refuseParameterCount(name, bound.count);
    // A body naming the label `%00` places it itself; otherwise nasm writes the label out on its
    // own line, with a colon so it is not taken for an orphan.
    if (takesLabel(bound.macro)) return this.callMultiLine(name, tokens.slice(labelEnd + 1), withSpace(first, false));
    const colon = labelEnd === 2 ? tokens[1]! : { kind: 'operator' as const, text: ':', location: first.location, spaceBefore: true };
    this.emit([first, colon, { kind: 'end', text: '', location: this.location }], labelEnd === 1);
    return this.callMultiLine(name, tokens.slice(labelEnd + 1));
  }

  private callMultiLine(nameToken: Token, argTokens: Token[], label?: Token): boolean {
    if (this.isExpanding(nameToken.text)) return false;
    const bound = bindArguments(this.macros.multiDefinitions(nameToken.text), argTokens);
    if (!('macro' in bound)) return this.refuseParameterCount(nameToken, bound.count);
    const depth = this.frames.filter((f) => f.kind === 'macro').length;
    if (depth >= MULTI_LINE_DEPTH_LIMIT) {
      // the innermost call is dropped, and the calls around it unwind
      this.report('error', 'interminable multiline macro recursion');
      return true;
    }
    const invocation: MacroInvocation = {
      macro: bound.macro,
      nameAsInvoked: nameToken.text,
      params: bound.params,
      rotation: 0,
      unique: this.unique++,
      location: this.location,
      label,
    };
    this.frames.push({ kind: 'macro', invocation, next: 0, conditionDepth: this.conditions.length });
    return true;
  }

  /** nasm leaves a line naming a macro with the wrong number of arguments as it is, with a warning. */
  private refuseParameterCount(nameToken: Token, count: number): false {
    this.report('warning', `multi-line macro \`${nameToken.text}' exists, but not taking ${count} parameter${count === 1 ? '' : 's'} [-w+pp-macro-params-multi]`);
    return false;
  }

  /** Writes a finished line (tokens ending in `end`) out, noting what directive-macros nasm would have called. */
  private emit(written: Token[], changed: boolean): void {
    const calls = callsFunctions(written);
    const tokens = calls ? withFunctionsCalled(this, written) : written;
    if (calls) changed = true;
    if (!tokens.some(isPreprocessorToken)) {
      this.emitPlain(tokens, changed);
      return;
    }
    const line = this.withoutStrayParameters(tokens);
    // Only `%+` is left, which the rescan joins to its neighbours.
    this.emitPlain(line, changed || line.some(isPreprocessorToken));
  }

  /**
   * Writes out a line holding no preprocessor token but `%+`; `changed` asks for a rescan.
   * `sourceText` is the raw text of a source line written out as it was.
   */
  private emitPlain(line: Token[], changed = false, sourceText?: string): void {
    if (line.length === 1) return;
    const head = line[0]!;
    const word = head.kind === 'identifier' ? lowerCase(head.text) : '';
    this.noteDirectiveWord(line, word);
    if (!this.emitting) return;
    if (ONE_NAME_PER_LINE.has(word) && line.some((t) => isOperator(t, ','))) this.writeOneNamePerLine(line);
    else this.write(line, changed, sourceText === undefined ? undefined : this.repeatKey(sourceText, line, word));
  }

  /** `global a, b` is written as `global a` and `global b`, as nasm's macros do. */
  private writeOneNamePerLine(line: Token[]): void {
    const head = line[0]!;
    for (const name of splitArguments(line.slice(1))) this.write([head, ...name.map((t, k) => (k === 0 ? withSpace(t, true) : t))], true);
  }

  /** A macro parameter or `%%label` outside any macro is reported and dropped, as nasm does. */
  private withoutStrayParameters(tokens: Token[]): Token[] {
    // `%,` is a comma only when something follows it.
    let lastReal = -1;
    tokens.forEach((t, k) => {
      if (t.kind !== 'end' && !(t.kind === 'preprocessor' && t.text === '%,')) lastReal = k;
    });
    const kept: Token[] = [];
    tokens.forEach((t, k) => {
      if (t.kind !== 'preprocessor' || t.text === '%+') kept.push(t);
      else if (t.text === '%,') {
        if (k < lastReal) kept.push({ ...t, kind: 'operator', text: ',' });
      } else this.report('error', `\`${t.text}': not in a macro call`);
    });
    return kept;
  }

  /** Writes a line the preprocessor made up itself (a passed-on `%pragma`). */
  writeLine(text: string): void {
    this.write(tokenizeLine(text, this.location), true);
  }

  /** Passes a line on; one the preprocessor changed is rendered and scanned again as the assembler will see it. */
  private write(line: Token[], changed: boolean, repeatable?: string): void {
    let output: OutputLine;
    if (changed) {
      const text = renderTokens(line);
      output = new OutputLine(this.location, tokenizeLine(text, this.location, { afterPreprocessing: true }), text);
    } else {
      output = new OutputLine(this.location, line, undefined, repeatable);
    }
    this.constants.note(output.tokens, this.bits);
    this.deliver(output);
  }

  private noteDirectiveWord(line: Token[], firstWord: string): void {
    const bracketed = isOperator(line[0], '[');
    const word = bracketed ? (line[1]?.kind === 'identifier' ? lowerCase(line[1].text) : '') : firstWord;
    const calls = DIRECTIVE_MACRO_CALLS.get(word);
    if (calls === undefined) return;
    const operand = bracketed ? line[2] : line[1];
    const isUse = word.startsWith('use');
    // The assembler's mode follows both spellings; only the plain one is a macro call.
    if (word === 'bits' && operand?.kind === 'number' && operand.value !== undefined) this.bits = Number(operand.value);
    else if (isUse) this.bits = Number(word.slice(3));
    if (bracketed || (line.length < 3 && !isUse)) return;
    this.unique += calls;
    if (word === 'section' || word === 'segment') this.defineSectionMacro(word, line);
  }

  /** `__SECT__` as a `section` line defines it; a line met again word for word brings the same tokens, and the macro made for them. */
  private defineSectionMacro(word: string, line: Token[]): void {
    const made = this.sectionMacros.get(line);
    if (made === undefined) this.sectionMacros.set(line, this.defineText('__SECT__', `[${word} ${renderTokens(line, 1)}]`));
    else this.macros.defineSingle(made);
  }

  // ---- services for directives ------------------------------------------------------------------

  isActive(): boolean {
    const depth = this.conditions.length;
    return depth === 0 || this.conditions[depth - 1]!.state === 'active';
  }

  /** Expands single-line macros, leaving alone any name in `keep` (an `%xdefine`'s parameters). */
  expand(tokens: Token[], keep?: ReadonlySet<string>): { tokens: Token[]; changed: boolean } {
    const context = {
      keep,
      macros: this.macros,
      dynamic: (name: string) => this.dynamicMacro(name),
      location: this.location,
      diagnostics: this.diagnostics,
    };
    let result = expandSingleLineMacros(tokens, context);
    // Pieces an expansion left side by side (`%$_ur%$_uses` -> `..@1._ur` `0`) form a new name,
    // which may itself be a macro: expand again while that keeps happening.
    for (let round = 0; result.changed && round < 8; round++) {
      const rescanned = withoutEnd(this.rescan(result.tokens));
      if (rescanned.length === result.tokens.length) break;
      const again = expandSingleLineMacros(rescanned, context);
      result = { tokens: again.tokens, changed: true };
      if (!again.changed) break;
    }
    return result;
  }

  /** Renders and scans tokens again so neighbours the preprocessor joined become one token. */
  rescan(tokens: Token[]): Token[] {
    return tokenizeLine(renderTokens(tokens), this.location);
  }

  /** Defines a plain macro from its body's text (the same few texts, such as `__SECT__`'s, come again and again). */
  defineText(name: string, body: string): SingleLineMacro {
    const key = `${name} ${body}`;
    let macro = this.textMacros.get(key);
    if (macro === undefined) {
      macro = {
        name,
        caseInsensitive: false,
        params: undefined,
        greedy: false,
        body: withoutEnd(tokenizeLine(body, this.location)).map((t, k) => (k === 0 ? withSpace(t, false) : t)),
      };
      this.textMacros.set(key, macro);
    }
    this.macros.defineSingle(macro);
    return macro;
  }

  definePredefined(): void {
    for (const [name, body] of Object.entries(PREDEFINED_MACROS)) {
      this.defineText(name, body);
      this.defineText(`__?${name.slice(2, -2)}?__`, body);
    }
    for (const alias of RESERVED_ALIASES) {
      this.macros.defineSingle({
        name: alias.name,
        caseInsensitive: true,
        params: alias.params,
        greedy: false,
        body: withoutEnd(tokenizeLine(alias.body, this.location)),
      });
    }
    for (const [name, body] of Object.entries(this.options.defines ?? {})) this.defineText(name, body);
  }

  isDefined(name: string): boolean {
    return this.macros.isSingleDefined(name) || this.dynamicMacro(name) !== undefined;
  }

  private dynamicMacro(name: string): Token[] | undefined {
    if (!name.startsWith('__')) return undefined;
    const canonical = canonicalStandardName(name);
    const at = this.location;
    if (canonical === '__LINE__') return [{ kind: 'number', text: String(at.line), value: BigInt(at.line), location: at }];
    if (canonical === '__BITS__') return [{ kind: 'number', text: String(this.bits), value: BigInt(this.bits), location: at }];
    if (canonical === '__FILE__') return withoutEnd(tokenizeLine(quoteString(at.file), at));
    return undefined;
  }

  /** The innermost macro call, for `%rotate` and `%exitmacro`. */
  currentInvocation(): MacroInvocation | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const invocation = invocationOf(this.frames[i]!);
      if (invocation) return invocation;
    }
    return undefined;
  }

  /** `%$name` becomes `..@N.name`, N being the context's number (`%$$name`: one context out). */
  private resolveContextLocals(tokens: Token[]): Token[] {
    const isLocal = (t: Token): boolean => t.kind === 'preprocessor' && (t.text.startsWith('%$') || t.text.startsWith('%{$'));
    if (!tokens.some(isLocal)) return tokens;
    return tokens.map((t) => {
      if (!isLocal(t)) return t;
      const m = /^%(\$+)(.*)$/.exec(t.text) ?? /^%\{(\$+)(.*)\}$/.exec(t.text)!;
      const context = this.contexts[this.contexts.length - m[1]!.length];
      if (!context) {
        this.report('error', `\`${t.text}': context stack is ${this.contexts.length ? 'only ' + this.contexts.length + ' level' + (this.contexts.length === 1 ? '' : 's') + ' deep' : 'empty'}`);
        return t;
      }
      const resolved: Token = { kind: 'identifier', text: `..@${context.unique}.${m[2]}`, location: t.location };
      if (t.spaceBefore) resolved.spaceBefore = true;
      return resolved;
    });
  }

  report(severity: Severity, message: string, at: SourceLocation = this.location): void {
    this.diagnostics.push(diagnosticAt(at, severity, message));
    if (severity === 'fatal') throw new FatalStop(message);
  }
}

function isPreprocessorToken(t: Token): boolean {
  return t.kind === 'preprocessor';
}

function startsWithTwoUnderscores(name: string): boolean {
  return name.charCodeAt(0) === 0x5f && name.charCodeAt(1) === 0x5f;
}

export type DirectiveHandler = (pp: Preprocessor, args: Token[], name: string) => void;

const C_ESCAPES: Readonly<Record<string, string>> = {
  '\x07': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\v': 'v', '\f': 'f', '\r': 'r', '\x1b': 'e',
};

/** nasm's quoting: '...' when possible, then "...", else `...` with escapes. */
export function quoteString(text: string): string {
  const printable = /^[\x20-\x7e\x80-\xff]*$/.test(text);
  if (printable && !text.includes("'")) return `'${text}'`;
  if (printable && !text.includes('"')) return `"${text}"`;
  let out = '`';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (c === '`' || c === '\\') out += '\\' + c;
    else if (C_ESCAPES[c]) out += '\\' + C_ESCAPES[c];
    else if (code < 0x20 || code === 0x7f) out += '\\' + code.toString(8).padStart(3, '0');
    else out += c;
  }
  return out + '`';
}
