// One output section while a pass runs: bytes appended by statements, space reserved, the line
// table, and the fixups to settle at the end — each becomes patched bytes when the value is known
// here (same-section distances, constants) or a relocation chosen the way nasm chooses it.

import { diagnosticAt, type Diagnostic, type SourceLocation } from '../common/diagnostic.ts';
import type { SymbolAttributes } from '../parse/program.ts';
import {
  R_X86_64_16, R_X86_64_32, R_X86_64_32S, R_X86_64_64, R_X86_64_8, R_X86_64_GOT32, R_X86_64_GOT64, R_X86_64_GOTOFF64, R_X86_64_GOTPCREL,
  R_X86_64_PC16, R_X86_64_PC32, R_X86_64_PC64, R_X86_64_PC8, R_X86_64_PLT32, SHT_NOBITS,
} from '../elf/constants.ts';
import type { SectionShape } from './sections.ts';
import type { EncodedBytes, Fixup } from './fixup.ts';
import type { Expr } from '../expr/ast.ts';
import type { SymbolValue, Value } from './value.ts';
import type { EncodedRelocation, EncodedSection, LineRecord, RelocationTarget } from './program.ts';
import { writeLittleEndian } from './instruction.ts';

interface PendingFixup extends Fixup {
  /** Section offset of the field. */
  at: number;
  /** Section offset just past the instruction (what rip-relative values are measured from). */
  end: number;
  location: SourceLocation;
}

const ABSOLUTE_TYPES: Readonly<Record<number, number>> = { 1: R_X86_64_8, 2: R_X86_64_16, 4: R_X86_64_32, 8: R_X86_64_64 };
const PC_TYPES: Readonly<Record<number, number>> = { 1: R_X86_64_PC8, 2: R_X86_64_PC16, 4: R_X86_64_PC32, 8: R_X86_64_PC64 };

export class SectionBuilder {
  size = 0;
  used = false;
  /** Whether the pass has made this section in nasm's sense: declared it or written to it. */
  created = false;
  /**
   * Each recorded line as three numbers (where it starts, its line number, its file's index in
   * `lineFiles`): a long source's line table makes no objects until the table is asked for.
   */
  private lineData = new Int32Array(3 * 64);
  private lineCount = 0;
  private readonly lineFiles: string[] = [];
  private buffer = new Uint8Array(256);
  private readonly fixups: PendingFixup[] = [];
  private readonly relocations: EncodedRelocation[] = [];
  /** How a Value's terms name this section. */
  readonly termKey: string;

  constructor(readonly name: string, readonly shape: SectionShape, public implicit: boolean, private readonly sizing = false) {
    this.termKey = `s:${name}`;
  }

  /** The largest boundary `align` and `sectalign` asked for, which a later declaration keeps. */
  private raisedAlign = 1;

  raiseAlign(boundary: number): void {
    if (boundary > this.raisedAlign) this.raisedAlign = boundary;
    if (boundary > this.shape.align) this.shape.align = boundary;
  }

  /** The first explicit `section` line for a section used before it: its shape is declared now. */
  declareShape(shape: SectionShape): void {
    Object.assign(this.shape, shape);
    this.shape.align = Math.max(shape.align, this.raisedAlign);
  }

  /** Nothing placed (`resb 0`, `db ''`) does not make the default section appear, as in nasm. */
  reserve(count: number): void {
    if (count > 0) this.used = true;
    if (this.shape.type !== SHT_NOBITS && !this.sizing) this.ensure(this.size + count);
    this.size += count;
  }

  /** Advances over bytes whose contents a measuring pass does not need. */
  skip(count: number): void {
    if (count > 0) this.used = true;
    this.size += count;
  }

  append(encoded: EncodedBytes, location: SourceLocation, record: boolean): void {
    if (encoded.bytes.length > 0) this.used = true;
    if (this.sizing) {
      this.size += encoded.bytes.length;
      return;
    }
    const start = this.size;
    if (record) this.recordLine(start, location);
    const bytes = encoded.bytes;
    this.ensure(start + bytes.length);
    // most lines are a few bytes, which a loop copies sooner than `set` is called
    if (bytes.length <= 16) for (let i = 0; i < bytes.length; i++) this.buffer[start + i] = bytes[i]!;
    else this.buffer.set(bytes, start);
    this.size += bytes.length;
    const fixups = encoded.fixups;
    for (let i = 0; i < fixups.length; i++) {
      const { position, width, value, pcRelative, signExtended, forward } = fixups[i]!;
      this.fixups.push({ position, width, value, pcRelative, signExtended, forward, at: start + position, end: this.size, location });
    }
  }

  private recordLine(offset: number, { file, line }: SourceLocation): void {
    let data = this.lineData;
    const at = 3 * this.lineCount++;
    if (at + 3 > data.length) {
      data = new Int32Array(data.length * 2);
      data.set(this.lineData);
      this.lineData = data;
    }
    const files = this.lineFiles;
    let fileIndex = files.length - 1;
    if (files[fileIndex] !== file) {
      fileIndex = files.indexOf(file);
      if (fileIndex < 0) fileIndex = files.push(file) - 1;
    }
    data[at] = offset;
    data[at + 1] = line;
    data[at + 2] = fileIndex;
  }

  private ensure(capacity: number): void {
    if (capacity <= this.buffer.length) return;
    let length = this.buffer.length * 2;
    while (length < capacity) length *= 2;
    const grown = new Uint8Array(length);
    grown.set(this.buffer.subarray(0, this.size));
    this.buffer = grown;
  }

  settleForwardReferences(evaluate: (expr: Expr) => Value): void {
    for (let i = 0; i < this.fixups.length; i++) {
      const fixup = this.fixups[i]!;
      if (fixup.forward !== undefined) fixup.value = evaluate(fixup.forward);
    }
  }

  resolveFixups(symbols: Map<string, SymbolValue>, globals: Map<string, SymbolAttributes>, diagnostics: Diagnostic[]): void {
    for (let i = 0; i < this.fixups.length; i++) {
      const fixup = this.fixups[i]!;
      try {
        this.resolve(fixup, symbols, globals);
      } catch (error) {
        if (!(error instanceof FixupError)) throw error;
        diagnostics.push(diagnosticAt(fixup.location, 'error', error.message));
      }
    }
  }

  private resolve(f: PendingFixup, symbols: Map<string, SymbolValue>, globals: Map<string, SymbolAttributes>): void {
    const value = f.value;
    if (value.unknown) return; // reported as an undefined symbol
    const own = this.termKey;
    // the terms other than this section: how many, the first, and its coefficient
    const self = value.terms.get(own);
    let otherCount = 0;
    let other = '';
    let otherCoefficient = 0n;
    if (value.terms.size > (self === undefined ? 0 : 1)) {
      for (const key of value.terms.keys()) {
        if (key === own) continue;
        if (otherCount++ === 0) {
          other = key;
          otherCoefficient = value.terms.get(key)!;
        }
      }
    }
    if (f.pcRelative) {
      const selfTerm = (self ?? 0n) - 1n;
      if (otherCount === 0 && selfTerm === 0n && value.wrt === undefined) {
        const displacement = value.constant - BigInt(f.end);
        if (f.width === 1 && (displacement < -128n || displacement > 127n)) throw new FixupError('short jump is out of range');
        writeLittleEndian(this.buffer, f.at, f.width, displacement);
        return;
      }
      if (selfTerm !== -1n || otherCount !== 1 || otherCoefficient !== 1n) throw new FixupError('invalid relative reference');
      // `wrt ..sym` asks for a symbol's own address, which nasm's ELF output has no relative relocation for
      if (value.wrt === '..sym') throw new FixupError('ELF64 format does not support this use of WRT');
      const type = f.width !== 4 ? PC_TYPES[f.width]! : value.wrt === '..plt' ? R_X86_64_PLT32 : value.wrt === '..got' ? R_X86_64_GOTPCREL : R_X86_64_PC32;
      this.relocate(f, type, other, value, value.constant - BigInt(f.end - f.at), symbols, globals);
      return;
    }
    const termCount = value.terms.size;
    if (termCount === 0 && value.wrt === undefined) {
      writeLittleEndian(this.buffer, f.at, f.width, value.constant);
      return;
    }
    if (termCount === 2 && self === -1n) {
      if (otherCoefficient !== 1n) throw new FixupError('invalid relative reference');
      this.relocate(f, PC_TYPES[f.width]!, other, value, value.constant + BigInt(f.at), symbols, globals);
      return;
    }
    // the one term may be this section itself (an absolute address within it)
    const key = self !== undefined ? own : other;
    const coefficient = self !== undefined ? self : otherCoefficient;
    if (termCount !== 1 || coefficient !== 1n) throw new FixupError('expression is not simple or relocatable');
    let type = f.width === 4 && f.signExtended ? R_X86_64_32S : ABSOLUTE_TYPES[f.width]!;
    if (value.wrt === '..gotoff' && f.width === 8) type = R_X86_64_GOTOFF64;
    else if (value.wrt === '..got' && f.width === 4) type = R_X86_64_GOT32;
    else if (value.wrt === '..got' && f.width === 8) type = R_X86_64_GOT64;
    else if (value.wrt === '..plt' && f.width === 4) type = R_X86_64_PLT32;
    this.relocate(f, type, key, value, value.constant, symbols, globals);
  }

  private relocate(
    f: PendingFixup, type: number, key: string, value: Value, addend: bigint,
    symbols: Map<string, SymbolValue>, globals: Map<string, SymbolAttributes>,
  ): void {
    let target: RelocationTarget;
    if (value.wrt === '..sym' && !key.startsWith('x:') && !(value.symbol !== undefined && globals.has(value.symbol))) {
      throw new FixupError('unable to find a suitable global symbol for this reference');
    }
    if (!key.startsWith('x:') && value.wrt !== undefined && value.wrt !== '..gotoff' && value.symbol && globals.has(value.symbol)) {
      // `wrt ..sym/..plt/..got` name the global symbol itself, not its section
      target = { kind: 'symbol', name: value.symbol };
      addend -= symbols.get(value.symbol)?.value ?? 0n;
    } else {
      target = this.targets.get(key) ?? this.targetFor(key);
    }
    writeLittleEndian(this.buffer, f.at, f.width, 0n);
    this.relocations.push({ offset: f.at, type, target, addend });
  }

  /** Relocation targets by term key: every relocation against one section or external shares its target. */
  private readonly targets = new Map<string, RelocationTarget>();

  private targetFor(key: string): RelocationTarget {
    const target: RelocationTarget = key.startsWith('x:') ? { kind: 'symbol', name: key.slice(2) } : { kind: 'section', section: key.slice(2) };
    this.targets.set(key, target);
    return target;
  }

  /** The line table's records for this section, in offset order. */
  lines(): LineRecord[] {
    const records: LineRecord[] = new Array(this.lineCount);
    const data = this.lineData;
    for (let i = 0; i < records.length; i++) {
      records[i] = { section: this.name, offset: data[3 * i]!, file: this.lineFiles[data[3 * i + 2]!]!, line: data[3 * i + 1]! };
    }
    return records;
  }

  referencedSymbols(): string[] {
    const names = new Set<string>();
    for (let i = 0; i < this.relocations.length; i++) {
      const target = this.relocations[i]!.target;
      if (target.kind === 'symbol') names.add(target.name);
    }
    return [...names];
  }

  build(): EncodedSection {
    const nobits = this.shape.type === SHT_NOBITS;
    return {
      name: this.name,
      type: this.shape.type,
      flags: this.shape.flags,
      align: this.shape.align,
      entsize: this.shape.entsize,
      data: nobits ? new Uint8Array() : this.buffer.slice(0, this.size),
      size: this.size,
      relocations: this.relocations,
    };
  }
}

class FixupError extends Error {}
