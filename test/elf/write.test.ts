// The ELF writer: the example programs come out byte for byte as nasm 2.16 writes them (header,
// section order and offsets, symbol order, string tables, relocations), and the layout rules
// hold for a program with several sections.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assembleSource } from '../../src/assemble.ts';
import { readObject } from '../../src/elf/read.ts';
import { STB_GLOBAL, STB_LOCAL, STT_FILE, STT_SECTION } from '../../src/elf/constants.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('writeElf', () => {
  it.each(['hello', 'repl'])('writes asm/%s.asm exactly as nasm does', async (name) => {
    const path = `asm/${name}.asm`;
    const result = await assembleSource(path, readFileSync(`${root}${path}`, 'latin1'));
    expect(result.diagnostics).toEqual([]);
    const expected = readFileSync(fileURLToPath(new URL(`./fixtures/${name}.o`, import.meta.url)));
    expect(Buffer.from(result.object!).equals(expected)).toBe(true);
  });

  it('orders symbols file, sections, locals, globals and links the tables', async () => {
    const source = 'global main\nextern puts\nsection .data\nx: dd 1\nsection .bss\ny: resb 4\nsection .text\nmain: call puts\n.l: ret';
    const object = readObject((await assembleSource('t.asm', source)).object!);
    expect(object.sections.map((s) => s.name)).toEqual(['', '.data', '.bss', '.text', '.shstrtab', '.symtab', '.strtab', '.rela.text']);
    const symtab = object.sections.find((s) => s.name === '.symtab')!;
    expect(symtab.link).toBe(6);
    expect(symtab.info).toBe(8); // first global: after null, file, 3 sections, x, y, main.l
    expect(object.symbols.map((s) => [s.name, s.binding, s.type])).toEqual([
      ['', STB_LOCAL, 0],
      ['t.asm', STB_LOCAL, STT_FILE],
      ['', STB_LOCAL, STT_SECTION],
      ['', STB_LOCAL, STT_SECTION],
      ['', STB_LOCAL, STT_SECTION],
      ['x', STB_LOCAL, 0],
      ['y', STB_LOCAL, 0],
      ['main.l', STB_LOCAL, 0],
      ['puts', STB_GLOBAL, 0],
      ['main', STB_GLOBAL, 0],
    ]);
    const rela = object.sections.find((s) => s.name === '.rela.text')!;
    expect([rela.link, rela.info]).toEqual([5, 3]);
  });
});
