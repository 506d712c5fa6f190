// The preprocessor's definitions: single-line macros (`%define`, overloaded by parameter count)
// and multi-line macros (`%macro`), each looked up case-sensitively first, then among the
// case-insensitive (`%idefine`, `%imacro`) ones. Definitions in, lookups out.

import type { SourceLocation } from '../common/diagnostic.ts';
import type { Token } from '../lex/token.ts';
import { lowerCase } from './token-helpers.ts';

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
}

/** Definitions with the same name but different parameter counts live side by side. */
class Table<M extends { name: string; caseInsensitive: boolean }> {
  private readonly exact = new Map<string, M[]>();
  private readonly folded = new Map<string, M[]>();

  all(name: string): M[] {
    const exact = this.exact.get(name);
    const folded = this.folded.size === 0 ? undefined : this.folded.get(lowerCase(name));
    if (!folded) return exact ?? [];
    return exact ? [...exact, ...folded] : folded;
  }

  has(name: string): boolean {
    return this.exact.has(name) || (this.folded.size > 0 && this.folded.has(lowerCase(name)));
  }

  add(macro: M, sameSlot: (a: M, b: M) => boolean): void {
    const map = macro.caseInsensitive ? this.folded : this.exact;
    const key = macro.caseInsensitive ? lowerCase(macro.name) : macro.name;
    // A new definition replaces an old one of the same shape under either spelling.
    this.removeWhere(macro.name, (old) => sameSlot(old, macro));
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
  if (!list) return;
  const kept = list.filter((m) => !doomed(m));
  if (kept.length) map.set(key, kept);
  else map.delete(key);
}

export class MacroTable {
  private readonly single = new Table<SingleLineMacro>();
  private readonly multi = new Table<MultiLineMacro>();

  defineSingle(macro: SingleLineMacro): void {
    this.single.add(macro, (a, b) => (a.params === undefined) === (b.params === undefined) && (a.params?.length ?? 0) === (b.params?.length ?? 0));
  }

  undefineSingle(name: string, caseInsensitive = false): void {
    this.single.remove(name, caseInsensitive);
  }

  /** Whether `name` may call a macro of either kind, so a line without such names needs no expansion. */
  mayName(name: string): boolean {
    return this.single.has(name) || this.multi.has(name);
  }

  isSingleDefined(name: string): boolean {
    return this.single.has(name);
  }

  singleDefinitions(name: string): SingleLineMacro[] {
    return this.single.all(name);
  }

  defineMulti(macro: MultiLineMacro): void {
    this.multi.add(macro, (a, b) => a.minParams === b.minParams && a.maxParams === b.maxParams);
  }

  undefineMulti(name: string): void {
    this.multi.remove(name, false);
  }

  isMultiDefined(name: string): boolean {
    return this.multi.has(name);
  }

  multiDefinitions(name: string): MultiLineMacro[] {
    return this.multi.all(name);
  }
}
