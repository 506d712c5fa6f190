// Symbol name prefixes (`%pragma elf gprefix _`, `lprefix .L.`): a finished EncodedProgram and the
// chosen prefixes in, the same program with every symbol name and every relocation naming a symbol
// spelled as it goes into the object. Globals, weak symbols and externs take `gprefix`, every other
// symbol `lprefix`.

import type { SymbolAffix } from '../parse/program.ts';
import type { EncodedProgram } from './program.ts';

export function withSymbolAffixes(program: EncodedProgram, affixes: ReadonlyMap<SymbolAffix, string>): EncodedProgram {
  if (affixes.size === 0) return program;
  const spelled = new Map<string, string>();
  for (const symbol of program.symbols) {
    const prefix = affixes.get(symbol.binding === 'local' ? 'lprefix' : 'gprefix') ?? '';
    spelled.set(symbol.name, prefix + symbol.name);
  }
  const rename = (name: string): string => spelled.get(name) ?? name;
  return {
    ...program,
    symbols: program.symbols.map((symbol) => ({ ...symbol, name: rename(symbol.name) })),
    sections: program.sections.map((section) => ({
      ...section,
      relocations: section.relocations.map((r) => (r.target.kind === 'symbol' ? { ...r, target: { kind: 'symbol', name: rename(r.target.name) } } : r)),
    })),
  };
}
