// The encoder against nasm: each fixture in test/encode/fixtures (jump sizing, relocation choice,
// immediate forms, data and floats) assembles to the same section bytes, relocations and symbols
// as the object nasm 2.16 made from it (regenerate with test/encode/regen.sh).

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assembleSource } from '../../src/assemble.ts';
import { hasErrors } from '../../src/common/diagnostic.ts';
import { readObject, type ObjectFile } from '../../src/elf/read.ts';

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.asm')).map((f) => f.slice(0, -4));

function summary(object: ObjectFile) {
  return {
    sections: object.sections
      .filter((s) => s.name !== '' && !['.symtab', '.strtab', '.shstrtab'].includes(s.name) && !s.name.startsWith('.rela'))
      .map((s) => ({ name: s.name, type: s.type, flags: s.flags, align: s.addralign, size: s.size, bytes: Buffer.from(s.data).toString('hex') })),
    relocations: object.relocations.map((r) => ({ section: r.sectionName, offset: r.offset, type: r.type, symbol: r.symbolName, addend: r.addend })),
    symbols: object.symbols.map((s) => ({ name: s.name, section: s.sectionIndex, value: s.value, binding: s.binding, type: s.type, other: s.visibility })),
  };
}

describe('encoder matches nasm on its fixtures', () => {
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(4));
  for (const name of fixtures) {
    it(name, async () => {
      const source = readFileSync(`${dir}${name}.asm`, 'latin1');
      const result = await assembleSource(`${name}.asm`, source);
      expect(hasErrors(result.diagnostics)).toBe(false);
      const ours = readObject(result.object!, 'ours');
      const nasm = readObject(readFileSync(`${dir}${name}.o`), 'nasm');
      expect(summary(ours)).toEqual(summary(nasm));
    });
  }
});
