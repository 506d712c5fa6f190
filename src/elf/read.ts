// ELF64 relocatable-object reader: bytes of an x86-64 ET_REL file in, an `ObjectFile` out
// (sections with their bytes, the symbol table, and every `.rela.*` entry resolved to names).
// The linker loads objects through it and the tests compare our objects with nasm's through it.
// `elfy` reads the file and section headers; symbols and relocations are read here. Anything
// that is not a well-formed ELF64 x86-64 relocatable object throws `ObjectFormatError`.

import elfy from 'elfy';
import {
  EI_CLASS,
  EI_DATA,
  EI_MAG0,
  ELF64_EHDR_SIZE,
  ELF64_SHDR_SIZE,
  ELFCLASS64,
  ELFDATA2LSB,
  EM_X86_64,
  ET_REL,
  SHT_NOBITS,
  SHT_RELA,
  SHT_SYMTAB,
} from './constants.ts';
import { ObjectFormatError } from './read-error.ts';
import { readRelocations, readSymbols } from './read-tables.ts';

export { ObjectFormatError } from './read-error.ts';

export interface ObjectSection {
  index: number;
  name: string;
  type: number;
  flags: number;
  addralign: number;
  entsize: number;
  size: number;
  /** File contents; empty for SHT_NOBITS (its `size` is still the memory size). */
  data: Uint8Array;
  info: number;
  link: number;
}

export interface ObjectSymbol {
  index: number;
  name: string;
  value: bigint;
  size: bigint;
  binding: number;
  type: number;
  visibility: number;
  /** A section index, or SHN_UNDEF / SHN_ABS / SHN_COMMON. */
  sectionIndex: number;
  /** Name of the section it is defined in, when it is defined in one. */
  sectionName?: string;
}

export interface ObjectRelocation {
  /** The section the relocation patches (the `.rela` section's sh_info). */
  sectionIndex: number;
  sectionName: string;
  offset: number;
  type: number;
  typeName: string;
  symbolIndex: number;
  /** Section symbols are named after their section, as readelf shows them. */
  symbolName: string;
  addend: bigint;
}

export interface ObjectFile {
  name: string;
  sections: ObjectSection[];
  symbols: ObjectSymbol[];
  relocations: ObjectRelocation[];
}

const NOT_RELOCATABLE = 'not an ELF64 x86-64 relocatable object';

export function readObject(bytes: Uint8Array, name = 'object'): ObjectFile {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  checkFileHeader(bytes, view, name);
  const sections = readSectionHeaders(bytes, view, name);
  const symtabs = sections.filter((s) => s.type === SHT_SYMTAB);
  if (symtabs.length > 1) throw new ObjectFormatError(name, 'more than one symbol table');
  const symbols = symtabs.length === 1 ? readSymbols(symtabs[0], sections, name) : [];
  const relocations = sections
    .filter((s) => s.type === SHT_RELA)
    .flatMap((rela) => readRelocations(rela, sections, symbols, symtabs[0], name));
  return { name, sections, symbols, relocations };
}

function checkFileHeader(bytes: Uint8Array, view: DataView, name: string): void {
  const isElf =
    bytes.length >= 16 &&
    bytes[EI_MAG0] === 0x7f &&
    bytes[EI_MAG0 + 1] === 0x45 &&
    bytes[EI_MAG0 + 2] === 0x4c &&
    bytes[EI_MAG0 + 3] === 0x46;
  if (!isElf) throw new ObjectFormatError(name, `${NOT_RELOCATABLE} (no ELF magic number)`);
  if (bytes[EI_CLASS] !== ELFCLASS64) throw new ObjectFormatError(name, `${NOT_RELOCATABLE} (32-bit or unknown ELF class)`);
  if (bytes[EI_DATA] !== ELFDATA2LSB) throw new ObjectFormatError(name, `${NOT_RELOCATABLE} (big-endian or unknown byte order)`);
  if (bytes.length < ELF64_EHDR_SIZE) throw new ObjectFormatError(name, `${NOT_RELOCATABLE} (truncated ELF header)`);
  const type = view.getUint16(16, true);
  if (type !== ET_REL) throw new ObjectFormatError(name, `${NOT_RELOCATABLE} (e_type is ${type}, not ET_REL)`);
  const machine = view.getUint16(18, true);
  if (machine !== EM_X86_64) throw new ObjectFormatError(name, `${NOT_RELOCATABLE} (e_machine is ${machine}, not EM_X86_64)`);
}

// Raw section-header fields, read here because elfy names the type and flags instead of giving
// numbers, and reads sh_addralign/sh_entsize two bytes early (offsets 46/54 instead of 48/56).
const SH_TYPE = 4;
const SH_FLAGS = 8;
const SH_OFFSET = 24;
const SH_SIZE = 32;
const SH_ADDRALIGN = 48;
const SH_ENTSIZE = 56;

function readSectionHeaders(bytes: Uint8Array, view: DataView, name: string): ObjectSection[] {
  const shoff = readOffset(view, 40, name, 'e_shoff');
  const shentsize = view.getUint16(58, true);
  const shnum = view.getUint16(60, true);
  const shstrndx = view.getUint16(62, true);
  if (shnum === 0) return [];
  if (shentsize !== ELF64_SHDR_SIZE) throw new ObjectFormatError(name, `bad section header size ${shentsize}`);
  if (shoff + shnum * ELF64_SHDR_SIZE > bytes.length) throw new ObjectFormatError(name, 'truncated section header table');
  if (shstrndx >= shnum) throw new ObjectFormatError(name, `section name table index ${shstrndx} out of range`);

  const raw = Array.from({ length: shnum }, (_, index) => {
    const at = shoff + index * ELF64_SHDR_SIZE;
    const type = view.getUint32(at + SH_TYPE, true);
    const offset = readOffset(view, at + SH_OFFSET, name, `section ${index} offset`);
    const size = readOffset(view, at + SH_SIZE, name, `section ${index} size`);
    if (type !== SHT_NOBITS && offset + size > bytes.length) {
      throw new ObjectFormatError(name, `section ${index} extends past the end of the file`);
    }
    return {
      type,
      flags: Number(view.getBigUint64(at + SH_FLAGS, true)),
      offset,
      size,
      addralign: readOffset(view, at + SH_ADDRALIGN, name, `section ${index} alignment`),
      entsize: readOffset(view, at + SH_ENTSIZE, name, `section ${index} entry size`),
    };
  });

  let parsed;
  try {
    parsed = elfy.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new ObjectFormatError(name, `unreadable section headers (${(error as Error).message})`);
  }
  return parsed.body.sections.map((section, index) => {
    const fields = raw[index];
    const data = fields.type === SHT_NOBITS ? new Uint8Array(0) : bytes.subarray(fields.offset, fields.offset + fields.size);
    return {
      index,
      name: section.name,
      type: fields.type,
      flags: fields.flags,
      addralign: fields.addralign,
      entsize: fields.entsize,
      size: fields.size,
      data,
      info: section.info,
      link: section.link,
    };
  });
}

/** A 64-bit file offset or size, refused when it cannot be a position in any real file. */
function readOffset(view: DataView, at: number, name: string, what: string): number {
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ObjectFormatError(name, `${what} 0x${value.toString(16)} is out of range`);
  return Number(value);
}
