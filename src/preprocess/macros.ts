// The preprocessor's definitions: single-line macros (`%define`, overloaded by parameter count)
// and multi-line macros (`%macro`), each looked up case-sensitively first, then among the
// case-insensitive (`%idefine`, `%imacro`) ones. Definitions in, lookups out.

import type { SourceLocation } from '../common/diagnostic.ts';
import type { Token } from '../lex/token.ts';
import { lowerCase } from '../lex/characters.ts';

export interface SingleLineMacro {
  name: string;
  caseInsensitive: boolean;
  /** Parameter names, or undefined for a macro defined without parentheses. */
  params: string[] | undefined;
  /** The last parameter takes the rest of the arguments, commas included (`%define f(a,b+)`). */
  greedy: boolean;
  body: Token[];
}

export interface MultiLineMacro {
  name: string;
  caseInsensitive: boolean;
  minParams: number;
  maxParams: number;
  greedy: boolean;
  /** Default values for the optional parameters, in order. */
  defaults: Token[][];
  /** Body lines as source text, each with where it was written. */
  body: { text: string; location: SourceLocation }[];
  location: SourceLocation;
  /** `%rmacro`: may call itself; any other macro's name is plain text inside its own expansion. */
  recursive: boolean;
  /** `.nolist`: no "from macro" line names it under a diagnostic. */
  nolist: boolean;
}

/** Definitions with the same name but different parameter counts live side by side. */
class Table<M extends { name: string; caseInsensitive: boolean }> {
  private readonly exact = new Map<string, M[]>();
  private readonly folded = new Map<string, M[]>();

  /** `sameSlot` tells whether a new definition replaces an old one (the same parameter shape). */
  constructor(private readonly sameSlot: (a: M, b: M) => boolean) {}

  all(name: string): M[] {
    const exact = this.exact.get(name);
    const folded = this.folded.size === 0 ? undefined : this.folded.get(lowerCase(name));
    if (!folded) return exact ?? [];
    return exact ? [...exact, ...folded] : folded;
  }

  has(name: string): boolean {
    return this.exact.has(name) || (this.folded.size > 0 && this.folded.has(lowerCase(name)));
  }

  add(macro: M): void {
    const map = macro.caseInsensitive ? this.folded : this.exact;
    const key = macro.caseInsensitive ? lowerCase(macro.name) : macro.name;
    // A new definition replaces an old one of the same shape under either spelling.
    this.removeWhere(macro.name, (old) => this.sameSlot(old, macro));
    const list = map.get(key);
    if (list) list.push(macro);
    else map.set(key, [macro]);
  }

  remove(name: string, caseInsensitive: boolean): void {
    this.removeWhere(name, (old) => caseInsensitive || old.caseInsensitive || old.name === name);
  }

  private removeWhere(name: string, doomed: (m: M) => boolean): void {
    removeFrom(this.exact, name, doomed);
    if (this.folded.size > 0) removeFrom(this.folded, lowerCase(name), doomed);
  }
}

function removeFrom<M>(map: Map<string, M[]>, key: string, doomed: (m: M) => boolean): void {
  const list = map.get(key);
  if (list === undefined) return;
  const kept: M[] = [];
  for (let i = 0; i < list.length; i++) if (!doomed(list[i]!)) kept.push(list[i]!);
  if (kept.length === list.length) return;
  if (kept.length) map.set(key, kept);
  else map.delete(key);
}

function sameSingleSlot(a: SingleLineMacro, b: SingleLineMacro): boolean {
  return (a.params === undefined) === (b.params === undefined) && (a.params?.length ?? 0) === (b.params?.length ?? 0);
}

function sameMultiSlot(a: MultiLineMacro, b: MultiLineMacro): boolean {
  return a.minParams === b.minParams && a.maxParams === b.maxParams;
}

export class MacroTable {
  private readonly single = new Table(sameSingleSlot);
  private readonly multi = new Table(sameMultiSlot);
  /** Every name ever defined, as written or (case-insensitive ones) in lower case; it never shrinks. */
  private readonly namesEverDefined = new Set<string>();

  /**
   * A single-line definition waiting to be filed. Definitions that replace one another come in
   * runs (each `section` line redefines `__SECT__`), so only the last of a run is filed, when
   * the table is next read or given something else.
   */
  private pending: SingleLineMacro | undefined;

  defineSingle(macro: SingleLineMacro): void {
    this.noteName(macro);
    const pending = this.pending;
    if (pending !== undefined && (pending.name !== macro.name || pending.caseInsensitive !== macro.caseInsensitive || !sameSingleSlot(pending, macro))) {
      this.single.add(pending);
    }
    this.pending = macro;
  }

  /** Whether `name` is defined as a single-line macro of the other kind: with parameters when `withParams` is false, or without. */
  definedWithOtherShape(name: string, withParams: boolean): boolean {
    this.filePending();
    return this.single.all(name).some((m) => (m.params !== undefined) !== withParams);
  }

  private filePending(): void {
    if (this.pending === undefined) return;
    this.single.add(this.pending);
    this.pending = undefined;
  }

  undefineSingle(name: string, caseInsensitive = false): void {
    this.filePending();
    this.single.remove(name, caseInsensitive);
  }

  /**
   * Whether `name` may call a macro of either kind: a no is certain, so a line without such names
   * needs no expansion; a yes (also for a name since undefined) only says to look properly.
   */
  mayName(name: string): boolean {
    if (this.namesEverDefined.has(name)) return true;
    const lower = lowerCase(name);
    return lower !== name && this.namesEverDefined.has(lower);
  }

  /** How many names have ever been defined: while it stays put, `mayName` answers as before. */
  get namesDefined(): number {
    return this.namesEverDefined.size;
  }

  private noteName(macro: { name: string; caseInsensitive: boolean }): void {
    this.namesEverDefined.add(macro.caseInsensitive ? lowerCase(macro.name) : macro.name);
  }

  isSingleDefined(name: string): boolean {
    this.filePending();
    return this.single.has(name);
  }

  singleDefinitions(name: string): SingleLineMacro[] {
    this.filePending();
    return this.single.all(name);
  }

  defineMulti(macro: MultiLineMacro): void {
    this.filePending();
    this.noteName(macro);
    this.multi.add(macro);
  }

  undefineMulti(name: string): void {
    this.filePending();
    this.multi.remove(name, false);
  }

  isMultiDefined(name: string): boolean {
    this.filePending();
    return this.multi.has(name);
  }

  multiDefinitions(name: string): MultiLineMacro[] {
    this.filePending();
    return this.multi.all(name);
  }
}
