// The ELF writer: an EncodedProgram and the source file name in, the bytes of an ELF64 x86-64
// relocatable object out, laid out as nasm 2.16 lays its objects out: section headers right
// after the ELF header, then each section's contents at 16-byte-aligned offsets in header order
// (the program's sections, .shstrtab, .symtab, .strtab, then one .rela section per section with
// relocations); symbols as file, section symbols, locals, then globals.

import type { EncodedProgram, EncodedSymbol } from '../encode/program.ts';
import {
  EI_CLASS, EI_DATA, EI_MAG0, EI_OSABI, EI_VERSION, ELF64_EHDR_SIZE, ELF64_RELA_SIZE, ELF64_SHDR_SIZE, ELF64_SYM_SIZE,
  ELFCLASS64, ELFDATA2LSB, ELFOSABI_SYSV, EM_X86_64, ET_REL, EV_CURRENT, SHN_ABS, SHN_COMMON, SHN_UNDEF, SHT_NOBITS,
  SHT_RELA, SHT_STRTAB, SHT_SYMTAB, STB_GLOBAL, STB_LOCAL, STB_WEAK, STT_FILE, STT_SECTION,
} from './constants.ts';

interface SectionHeader {
  name: string;
  type: number;
  flags: number;
  size: number;
  link: number;
  info: number;
  align: number;
  entsize: number;
  /** Contents written to the file; absent for NOBITS. */
  data?: Uint8Array;
  offset?: number;
}

const UTF8 = new TextEncoder();

/** Names joined as one string and encoded once: offsets count UTF-8 bytes, which for ASCII are the characters. */
class StringTable {
  private text = '\0';
  private length = 1;
  add(name: string): number {
    const at = this.length;
    this.text += name + '\0';
    this.length += (isAscii(name) ? name.length : UTF8.encode(name).length) + 1;
    return at;
  }
  bytes(): Uint8Array {
    return UTF8.encode(this.text);
  }
}

const NON_ASCII = /[^\0-\x7f]/;

function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

const BINDINGS: Readonly<Record<EncodedSymbol['binding'], number>> = { local: STB_LOCAL, global: STB_GLOBAL, weak: STB_WEAK };

/** A 64-bit two's complement field, without a BigInt operation when the value fits in 32 bits. */
function setWord64(view: DataView, at: number, value: bigint): void {
  if (value === 0n) return; // the file starts zeroed
  if (value >= -0x80000000n && value <= 0xffffffffn) {
    const number = Number(value);
    view.setUint32(at, number >>> 0, true);
    view.setInt32(at + 4, number < 0 ? -1 : 0, true);
  } else {
    view.setBigUint64(at, BigInt.asUintN(64, value), true);
  }
}

function writeSymbol(view: DataView, index: number, name: number, info: number, other: number, shndx: number, value: bigint, size: bigint): void {
  const at = index * ELF64_SYM_SIZE;
  view.setUint32(at, name, true);
  view.setUint16(at + 4, info | (other << 8), true);
  view.setUint16(at + 6, shndx, true);
  setWord64(view, at + 8, value);
  setWord64(view, at + 16, size);
}

export function writeElf(program: EncodedProgram, sourceName: string): Uint8Array {
  const sectionIndex = new Map<string, number>();
  program.sections.forEach((section, i) => sectionIndex.set(section.name, i + 1));
  const withRelocations = program.sections.filter((s) => s.relocations.length > 0);
  const shstrtabIndex = program.sections.length + 1;
  const symtabIndex = shstrtabIndex + 1;
  const strtabIndex = symtabIndex + 1;

  // Symbol table: null, file, one per section, then locals, then globals, each in creation order;
  // entries are written in place, the null one left zero.
  const strtab = new StringTable();
  const symbolCount = 2 + program.sections.length + program.symbols.length;
  const symtab = new Uint8Array(symbolCount * ELF64_SYM_SIZE);
  const symView = new DataView(symtab.buffer);
  writeSymbol(symView, 1, strtab.add(sourceName), (STB_LOCAL << 4) | STT_FILE, 0, SHN_ABS, 0n, 0n);
  const sectionSymbol = new Map<string, number>();
  for (let i = 0; i < program.sections.length; i++) {
    sectionSymbol.set(program.sections[i]!.name, 2 + i);
    writeSymbol(symView, 2 + i, 0, (STB_LOCAL << 4) | STT_SECTION, 0, i + 1, 0n, 0n);
  }
  let localCount = 0;
  for (let i = 0; i < program.symbols.length; i++) if (program.symbols[i]!.binding === 'local') localCount++;
  const firstGlobal = 2 + program.sections.length + localCount;
  let nextLocal = 2 + program.sections.length;
  let nextGlobal = firstGlobal;
  // the few symbols relocations name, not every symbol, are looked up by name
  const symbolIndex = new Map<string, number>();
  for (const section of withRelocations) {
    for (let i = 0; i < section.relocations.length; i++) {
      const target = section.relocations[i]!.target;
      if (target.kind === 'symbol') symbolIndex.set(target.name, 0);
    }
  }
  // nasm's string table keeps creation order even though the symbol table puts locals first.
  for (let i = 0; i < program.symbols.length; i++) {
    const symbol = program.symbols[i]!;
    const index = symbol.binding === 'local' ? nextLocal++ : nextGlobal++;
    const section = symbol.section;
    const shndx = section === 'ABS' ? SHN_ABS : section === 'UNDEF' ? SHN_UNDEF : section === 'COMMON' ? SHN_COMMON : sectionIndex.get(section) ?? SHN_UNDEF;
    if (symbolIndex.has(symbol.name)) symbolIndex.set(symbol.name, index);
    writeSymbol(symView, index, strtab.add(symbol.name), (BINDINGS[symbol.binding] << 4) | symbol.type, symbol.visibility, shndx, symbol.value, symbol.size);
  }

  const headers: SectionHeader[] = program.sections.map((s) => ({
    name: s.name, type: s.type, flags: s.flags, size: s.size, link: 0, info: 0, align: s.align, entsize: s.entsize,
    data: s.type === SHT_NOBITS ? undefined : s.data,
  }));
  const shstrtabHeader: SectionHeader = { name: '.shstrtab', type: SHT_STRTAB, flags: 0, size: 0, link: 0, info: 0, align: 1, entsize: 0 };
  headers.push(shstrtabHeader);
  headers.push({ name: '.symtab', type: SHT_SYMTAB, flags: 0, size: symtab.length, link: strtabIndex, info: firstGlobal, align: 8, entsize: ELF64_SYM_SIZE, data: symtab });
  const strtabBytes = strtab.bytes();
  headers.push({ name: '.strtab', type: SHT_STRTAB, flags: 0, size: strtabBytes.length, link: 0, info: 0, align: 1, entsize: 0, data: strtabBytes });
  for (const section of withRelocations) {
    const rela = new Uint8Array(section.relocations.length * ELF64_RELA_SIZE);
    const view = new DataView(rela.buffer);
    for (let i = 0; i < section.relocations.length; i++) {
      const r = section.relocations[i]!;
      const symbol = r.target.kind === 'section' ? sectionSymbol.get(r.target.section)! : symbolIndex.get(r.target.name)!;
      const at = i * ELF64_RELA_SIZE;
      view.setUint32(at, r.offset, true);
      view.setUint32(at + 8, r.type, true); // r_info: symbol index in the high half
      view.setUint32(at + 12, symbol, true);
      setWord64(view, at + 16, r.addend);
    }
    headers.push({ name: `.rela${section.name}`, type: SHT_RELA, flags: 0, size: rela.length, link: symtabIndex, info: sectionIndex.get(section.name)!, align: 8, entsize: ELF64_RELA_SIZE, data: rela });
  }
  const shstrtab = new StringTable();
  const nameOffsets = headers.map((h) => shstrtab.add(h.name));
  const shstrtabBytes = shstrtab.bytes();
  shstrtabHeader.data = shstrtabBytes;
  shstrtabHeader.size = shstrtabBytes.length;

  const headerCount = headers.length + 1;
  let offset = ELF64_EHDR_SIZE + headerCount * ELF64_SHDR_SIZE;
  for (const header of headers) {
    offset = (offset + 15) & ~15;
    header.offset = offset;
    if (header.data) offset += header.data.length;
  }
  const file = new Uint8Array((offset + 15) & ~15); // nasm pads the file to a 16-byte boundary
  const view = new DataView(file.buffer);
  file.set([0x7f, 0x45, 0x4c, 0x46], EI_MAG0);
  file[EI_CLASS] = ELFCLASS64;
  file[EI_DATA] = ELFDATA2LSB;
  file[EI_VERSION] = EV_CURRENT;
  file[EI_OSABI] = ELFOSABI_SYSV;
  view.setUint16(16, ET_REL, true);
  view.setUint16(18, EM_X86_64, true);
  view.setUint32(20, EV_CURRENT, true);
  view.setBigUint64(40, BigInt(ELF64_EHDR_SIZE), true); // e_shoff
  view.setUint16(52, ELF64_EHDR_SIZE, true);
  view.setUint16(58, ELF64_SHDR_SIZE, true);
  view.setUint16(60, headerCount, true);
  view.setUint16(62, shstrtabIndex, true);
  headers.forEach((h, i) => {
    const at = ELF64_EHDR_SIZE + (i + 1) * ELF64_SHDR_SIZE;
    view.setUint32(at, nameOffsets[i]!, true);
    view.setUint32(at + 4, h.type, true);
    view.setBigUint64(at + 8, BigInt(h.flags), true);
    view.setBigUint64(at + 24, BigInt(h.offset!), true);
    view.setBigUint64(at + 32, BigInt(h.size), true);
    view.setUint32(at + 40, h.link, true);
    view.setUint32(at + 44, h.info, true);
    view.setBigUint64(at + 48, BigInt(h.align), true);
    view.setBigUint64(at + 56, BigInt(h.entsize), true);
    if (h.data) file.set(h.data, h.offset!);
  });
  return file;
}
