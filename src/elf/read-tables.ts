// Symbol and relocation tables of an ELF64 object: the `.symtab` section (with its string
// table) in, `ObjectSymbol`s out; each `.rela.*` section in, `ObjectRelocation`s out with
// symbol and section names filled in. Every index is checked before it is followed.

import {
  ELF64_RELA_SIZE,
  ELF64_SYM_SIZE,
  RELOCATION_TYPE_NAMES,
  SHN_ABS,
  SHN_COMMON,
  SHN_UNDEF,
  SHT_STRTAB,
  STT_SECTION,
} from './constants.ts';
import { ObjectFormatError } from './read-error.ts';
import type { ObjectRelocation, ObjectSection, ObjectSymbol } from './read.ts';

// Elf64_Sym field offsets.
const ST_NAME = 0;
const ST_INFO = 4;
const ST_OTHER = 5;
const ST_SHNDX = 6;
const ST_VALUE = 8;
const ST_SIZE = 16;

// Elf64_Rela field offsets.
const R_OFFSET = 0;
const R_INFO = 8;
const R_ADDEND = 16;

const SPECIAL_SECTION_INDICES = new Set([SHN_UNDEF, SHN_ABS, SHN_COMMON]);

export function readSymbols(symtab: ObjectSection, sections: readonly ObjectSection[], file: string): ObjectSymbol[] {
  checkTable(symtab, ELF64_SYM_SIZE, file);
  const strtab = sections[symtab.link];
  if (!strtab || strtab.type !== SHT_STRTAB) {
    throw new ObjectFormatError(file, `symbol table ${symtab.name} links to section ${symtab.link}, which is not a string table`);
  }
  const view = viewOf(symtab.data);
  const count = symtab.data.length / ELF64_SYM_SIZE;
  return Array.from({ length: count }, (_, index) => {
    const at = index * ELF64_SYM_SIZE;
    const info = view.getUint8(at + ST_INFO);
    const sectionIndex = view.getUint16(at + ST_SHNDX, true);
    const inSection = sectionIndex !== SHN_UNDEF && sectionIndex < sections.length;
    if (!inSection && !SPECIAL_SECTION_INDICES.has(sectionIndex)) {
      throw new ObjectFormatError(file, `symbol ${index} has unsupported section index 0x${sectionIndex.toString(16)}`);
    }
    const symbol: ObjectSymbol = {
      index,
      name: readString(strtab, view.getUint32(at + ST_NAME, true), file),
      value: view.getBigUint64(at + ST_VALUE, true),
      size: view.getBigUint64(at + ST_SIZE, true),
      binding: info >> 4,
      type: info & 0xf,
      visibility: view.getUint8(at + ST_OTHER) & 0x3,
      sectionIndex,
    };
    if (inSection) symbol.sectionName = sections[sectionIndex].name;
    return symbol;
  });
}

export function readRelocations(
  rela: ObjectSection,
  sections: readonly ObjectSection[],
  symbols: readonly ObjectSymbol[],
  symtab: ObjectSection | undefined,
  file: string,
): ObjectRelocation[] {
  checkTable(rela, ELF64_RELA_SIZE, file);
  if (!symtab || rela.link !== symtab.index) {
    throw new ObjectFormatError(file, `relocation section ${rela.name} does not link to the symbol table`);
  }
  const target = sections[rela.info];
  if (!target || rela.info === 0) {
    throw new ObjectFormatError(file, `relocation section ${rela.name} applies to missing section ${rela.info}`);
  }
  const view = viewOf(rela.data);
  const count = rela.data.length / ELF64_RELA_SIZE;
  return Array.from({ length: count }, (_, entry) => {
    const at = entry * ELF64_RELA_SIZE;
    const offset = view.getBigUint64(at + R_OFFSET, true);
    const info = view.getBigUint64(at + R_INFO, true);
    const symbolIndex = Number(info >> 32n);
    const type = Number(info & 0xffffffffn);
    if (offset >= BigInt(Math.max(target.size, 1))) {
      throw new ObjectFormatError(file, `relocation ${entry} in ${rela.name} has offset 0x${offset.toString(16)} outside ${target.name}`);
    }
    const symbol = symbols[symbolIndex];
    if (!symbol) {
      throw new ObjectFormatError(file, `relocation ${entry} in ${rela.name} names missing symbol ${symbolIndex}`);
    }
    return {
      sectionIndex: target.index,
      sectionName: target.name,
      offset: Number(offset),
      type,
      typeName: RELOCATION_TYPE_NAMES[type] ?? `R_X86_64_<${type}>`,
      symbolIndex,
      symbolName: symbol.type === STT_SECTION && symbol.sectionName !== undefined ? symbol.sectionName : symbol.name,
      addend: view.getBigInt64(at + R_ADDEND, true),
    };
  });
}

function checkTable(section: ObjectSection, entrySize: number, file: string): void {
  if (section.data.length % entrySize !== 0) {
    throw new ObjectFormatError(file, `${section.name || `section ${section.index}`} size ${section.size} is not a multiple of ${entrySize}`);
  }
}

function readString(strtab: ObjectSection, offset: number, file: string): string {
  if (offset >= Math.max(strtab.data.length, 1)) {
    throw new ObjectFormatError(file, `string offset ${offset} is outside ${strtab.name}`);
  }
  let end = offset;
  while (end < strtab.data.length && strtab.data[end] !== 0) end++;
  return new TextDecoder().decode(strtab.data.subarray(offset, end));
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
