// A readable, line-oriented description of an `ObjectFile`: every section header (with the bytes
// of content and string sections in hex), every symbol in table order and every relocation in
// file order. Two objects with the same description have the same sections, bytes, symbols and
// relocations, so fixtures store nasm's description and tests compare ours with it line by line.

import { SHN_ABS, SHN_COMMON, SHN_UNDEF, SHT_NOBITS, SHT_RELA, SHT_SYMTAB } from './constants.ts';
import type { ObjectFile, ObjectRelocation, ObjectSection, ObjectSymbol } from './read.ts';

const SECTION_TYPE_NAMES: Readonly<Record<number, string>> = {
  0: 'null',
  1: 'progbits',
  2: 'symtab',
  3: 'strtab',
  4: 'rela',
  7: 'note',
  8: 'nobits',
  9: 'rel',
  14: 'init_array',
  15: 'fini_array',
  16: 'preinit_array',
  17: 'group',
};

// Flag letters as readelf prints them, lowest bit first.
const SECTION_FLAG_LETTERS: ReadonlyArray<readonly [number, string]> = [
  [0x1, 'W'],
  [0x2, 'A'],
  [0x4, 'X'],
  [0x10, 'M'],
  [0x20, 'S'],
  [0x40, 'I'],
  [0x80, 'L'],
  [0x200, 'G'],
  [0x400, 'T'],
];

const BINDING_NAMES = ['local', 'global', 'weak'];
const SYMBOL_TYPE_NAMES = ['notype', 'object', 'func', 'section', 'file', 'common', 'tls'];
const VISIBILITY_NAMES = ['default', 'internal', 'hidden', 'protected'];

const HEX_BYTES_PER_LINE = 16;

export function describeObject(object: ObjectFile): string {
  const lines = [
    'sections:',
    ...object.sections.flatMap(describeSection),
    'symbols:',
    ...object.symbols.map(describeSymbol),
    'relocations:',
    ...object.relocations.map(describeRelocation),
  ];
  return lines.join('\n') + '\n';
}

function describeSection(section: ObjectSection): string[] {
  const type = SECTION_TYPE_NAMES[section.type] ?? `type${section.type}`;
  const flags = SECTION_FLAG_LETTERS.filter(([bit]) => section.flags & bit).map(([, letter]) => letter).join('') || '-';
  const header =
    `  [${section.index}] ${section.name || '""'} ${type} flags=${flags} align=${section.addralign}` +
    ` size=${section.size} entsize=${section.entsize} link=${section.link} info=${section.info}`;
  // Tables are described entry by entry below, so their raw bytes would only repeat them.
  const describedElsewhere = section.type === SHT_SYMTAB || section.type === SHT_RELA || section.type === SHT_NOBITS;
  return describedElsewhere ? [header] : [header, ...hexLines(section.data)];
}

function hexLines(data: Uint8Array): string[] {
  const lines: string[] = [];
  for (let at = 0; at < data.length; at += HEX_BYTES_PER_LINE) {
    const chunk = Array.from(data.subarray(at, at + HEX_BYTES_PER_LINE), (b) => b.toString(16).padStart(2, '0'));
    lines.push(`    ${at.toString(16).padStart(6, '0')}: ${chunk.join(' ')}`);
  }
  return lines;
}

function describeSymbol(symbol: ObjectSymbol): string {
  return (
    `  [${symbol.index}] ${symbol.name || '""'} ${sectionOf(symbol)} value=0x${symbol.value.toString(16)} size=${symbol.size}` +
    ` ${BINDING_NAMES[symbol.binding] ?? `bind${symbol.binding}`} ${SYMBOL_TYPE_NAMES[symbol.type] ?? `type${symbol.type}`}` +
    ` ${VISIBILITY_NAMES[symbol.visibility]}`
  );
}

function sectionOf(symbol: ObjectSymbol): string {
  if (symbol.sectionName !== undefined) return symbol.sectionName;
  if (symbol.sectionIndex === SHN_UNDEF) return 'UND';
  if (symbol.sectionIndex === SHN_ABS) return 'ABS';
  if (symbol.sectionIndex === SHN_COMMON) return 'COM';
  return `shndx${symbol.sectionIndex}`;
}

function describeRelocation(relocation: ObjectRelocation): string {
  const addend = relocation.addend < 0n ? `-0x${(-relocation.addend).toString(16)}` : `+0x${relocation.addend.toString(16)}`;
  return `  ${relocation.sectionName}+0x${relocation.offset.toString(16)} ${relocation.typeName} ${relocation.symbolName || '""'} ${addend}`;
}
