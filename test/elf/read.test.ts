// The ELF64 object reader on nasm-made objects (fixtures in test/asm/cases) and on damaged or
// foreign files, which must be refused with ObjectFormatError rather than crash elsewhere.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  R_X86_64_32S,
  R_X86_64_64,
  R_X86_64_GOTPCREL,
  R_X86_64_PC32,
  R_X86_64_PLT32,
  SHF_ALLOC,
  SHF_EXECINSTR,
  SHF_WRITE,
  SHN_ABS,
  SHN_COMMON,
  SHN_UNDEF,
  SHT_NOBITS,
  SHT_PROGBITS,
  SHT_RELA,
  STB_GLOBAL,
  STB_LOCAL,
  STT_FILE,
  STT_FUNC,
  STT_OBJECT,
  STT_SECTION,
} from '../../src/elf/constants.ts';
import { ObjectFormatError, readObject } from '../../src/elf/read.ts';

function nasmObject(caseName: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../asm/cases/${caseName}/nasm.o`, import.meta.url))));
}

function patched(bytes: Uint8Array, patch: (view: DataView, bytes: Uint8Array) => void): Uint8Array {
  const copy = bytes.slice();
  patch(new DataView(copy.buffer), copy);
  return copy;
}

describe('readObject on nasm objects', () => {
  it('reads the sections of hello.o with their flags, alignment and bytes', () => {
    const object = readObject(nasmObject('hello'), 'hello.o');
    expect(object.sections.map((s) => s.name)).toEqual(['', '.rodata', '.text', '.shstrtab', '.symtab', '.strtab', '.rela.text']);
    const rodata = object.sections[1];
    expect(rodata).toMatchObject({ index: 1, type: SHT_PROGBITS, flags: SHF_ALLOC, addralign: 4, size: 32 });
    expect(new TextDecoder().decode(rodata.data)).toBe('Hello from NASM + glibc (puts)!\0');
    const text = object.sections[2];
    expect(text).toMatchObject({ flags: SHF_ALLOC | SHF_EXECINSTR, addralign: 16, size: 15 });
    expect(Array.from(text.data.subarray(0, 3))).toEqual([0x48, 0x8d, 0x3d]);
    const rela = object.sections[6];
    expect(rela).toMatchObject({ type: SHT_RELA, link: 4, info: 2, entsize: 24 });
  });

  it('reads the symbols of hello.o in table order', () => {
    const { symbols } = readObject(nasmObject('hello'), 'hello.o');
    expect(symbols.map((s) => [s.name, s.binding, s.type, s.sectionIndex])).toEqual([
      ['', STB_LOCAL, 0, SHN_UNDEF],
      ['hello.asm', STB_LOCAL, STT_FILE, SHN_ABS],
      ['', STB_LOCAL, STT_SECTION, 1],
      ['', STB_LOCAL, STT_SECTION, 2],
      ['msg', STB_LOCAL, 0, 1],
      ['puts', STB_GLOBAL, 0, SHN_UNDEF],
      ['main', STB_GLOBAL, 0, 2],
    ]);
    expect(symbols[4].sectionName).toBe('.rodata');
    expect(symbols[5].sectionName).toBeUndefined();
  });

  it('names section symbols after their section in relocations', () => {
    const { relocations } = readObject(nasmObject('hello'), 'hello.o');
    expect(relocations).toEqual([
      { sectionIndex: 2, sectionName: '.text', offset: 3, type: R_X86_64_PC32, typeName: 'R_X86_64_PC32', symbolIndex: 2, symbolName: '.rodata', addend: -4n },
      { sectionIndex: 2, sectionName: '.text', offset: 8, type: R_X86_64_PLT32, typeName: 'R_X86_64_PLT32', symbolIndex: 5, symbolName: 'puts', addend: -4n },
    ]);
  });

  it('reads common symbols, symbol types and GOT relocations', () => {
    const object = readObject(nasmObject('global_extern_common'));
    const byName = new Map(object.symbols.map((s) => [s.name, s]));
    expect(byName.get('shared_buf')).toMatchObject({ sectionIndex: SHN_COMMON, value: 16n, size: 64n, binding: STB_GLOBAL });
    expect(byName.get('func')?.type).toBe(STT_FUNC);
    expect(byName.get('obj')?.type).toBe(STT_OBJECT);
    expect(object.relocations.map((r) => [r.sectionName, r.type, r.symbolName])).toContainEqual(['.text', R_X86_64_GOTPCREL, 'shared_buf']);
    expect(object.relocations.map((r) => [r.sectionName, r.type, r.symbolName])).toContainEqual(['.data', R_X86_64_64, 'imported']);
  });

  it('gives NOBITS sections their size but no bytes', () => {
    const bss = readObject(nasmObject('bss_reserve')).sections.find((s) => s.name === '.bss')!;
    expect(bss).toMatchObject({ type: SHT_NOBITS, flags: SHF_ALLOC | SHF_WRITE });
    expect(bss.size).toBeGreaterThan(4096);
    expect(bss.data.length).toBe(0);
  });

  it('reads absolute 32-bit relocations under DEFAULT ABS', () => {
    const types = readObject(nasmObject('default_abs')).relocations.map((r) => r.type);
    expect(types).toContain(R_X86_64_32S);
  });

  it('reads a Uint8Array that is a window into a larger buffer', () => {
    const bytes = nasmObject('hello');
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 8);
    expect(readObject(padded.subarray(8), 'hello.o').relocations).toHaveLength(2);
  });
});

describe('readObject on bad input', () => {
  const hello = nasmObject('hello');
  const helloView = new DataView(hello.buffer, hello.byteOffset, hello.byteLength);
  // hello.o's section order: 1 .rodata, 2 .text, 3 .shstrtab, 4 .symtab, 5 .strtab, 6 .rela.text
  const header = (index: number) => Number(helloView.getBigUint64(40, true)) + index * 64;
  const contents = (index: number) => Number(helloView.getBigUint64(header(index) + 24, true));
  const symbol = (index: number) => contents(4) + index * 24;
  const rela = (index: number) => contents(6) + index * 24;
  const refusals: Array<[string, Uint8Array, RegExp]> = [
    ['an empty file', new Uint8Array(0), /^bad\.o: not an ELF64 x86-64 relocatable object \(no ELF magic number\)$/],
    ['a text file', new TextEncoder().encode('section .text\n'), /no ELF magic number/],
    ['a 32-bit ELF', patched(hello, (_, b) => (b[4] = 1)), /not an ELF64 x86-64 relocatable object \(32-bit/],
    ['a big-endian ELF', patched(hello, (_, b) => (b[5] = 2)), /big-endian/],
    ['an executable', patched(hello, (v) => v.setUint16(16, 2, true)), /e_type is 2, not ET_REL/],
    ['another machine', patched(hello, (v) => v.setUint16(18, 183, true)), /e_machine is 183, not EM_X86_64/],
    ['a truncated header', hello.subarray(0, 40), /truncated ELF header/],
    ['a truncated file', hello.subarray(0, 600), /extends past the end of the file|truncated/],
    ['a section table past the end', patched(hello, (v) => v.setBigUint64(40, 0x100000n, true)), /truncated section header table/],
    ['an absurd section table offset', patched(hello, (v) => v.setBigUint64(40, 0xffffffffffffff00n, true)), /e_shoff .* out of range/],
    ['a bad section entry size', patched(hello, (v) => v.setUint16(58, 40, true)), /bad section header size 40/],
    ['a bad section name table index', patched(hello, (v) => v.setUint16(62, 99, true)), /section name table index 99 out of range/],
    ['a section past the end', patched(hello, (v) => v.setBigUint64(header(1) + 32, 0x10000n, true)), /section 1 extends past the end/],
    ['a symbol table linked to a non-string table', patched(hello, (v) => v.setUint32(header(4) + 40, 1, true)), /is not a string table/],
    ['a symbol in a missing section', patched(hello, (v) => v.setUint16(symbol(6) + 6, 0x50, true)), /symbol 6 has unsupported section index 0x50/],
    ['a symbol name past the string table', patched(hello, (v) => v.setUint32(symbol(6), 0x1000, true)), /string offset 4096 is outside \.strtab/],
    ['a relocation naming a missing symbol', patched(hello, (v) => v.setUint32(rela(1) + 12, 77, true)), /names missing symbol 77/],
    ['a relocation outside its section', patched(hello, (v) => v.setBigUint64(rela(0), 0x400n, true)), /offset 0x400 outside \.text/],
    ['a relocation section for a missing section', patched(hello, (v) => v.setUint32(header(6) + 44, 40, true)), /applies to missing section 40/],
  ];
  for (const [what, bytes, message] of refusals) {
    it(`refuses ${what}`, () => {
      let thrown: unknown;
      try {
        readObject(bytes, 'bad.o');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ObjectFormatError);
      expect((thrown as Error).message).toMatch(message);
      expect((thrown as Error).message.startsWith('bad.o: ')).toBe(true);
    });
  }
});
