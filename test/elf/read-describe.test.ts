// The reader's description of every nasm object in the corpus stays what the fixtures recorded,
// so a change in the reader cannot silently change what the conformance tests compare.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readObject } from '../../src/elf/read.ts';
import { describeObject } from '../../src/elf/read-describe.ts';
import { listCases } from '../asm/corpus.ts';

const cases = listCases(fileURLToPath(new URL('../asm/cases', import.meta.url)));

describe('describeObject', () => {
  it('spells out headers, bytes, symbols and relocations', () => {
    const hello = cases.find((c) => c.name === 'hello')!;
    const text = describeObject(readObject(hello.nasmObject, hello.file));
    expect(text).toContain('  [2] .text progbits flags=AX align=16 size=15 entsize=0 link=0 info=0\n    000000: 48 8d 3d 00 00 00 00 e8 00 00 00 00 31 c0 c3\n');
    expect(text).toContain('  [5] puts UND value=0x0 size=0 global notype default\n');
    expect(text).toContain('  .text+0x8 R_X86_64_PLT32 puts -0x4\n');
  });

  for (const corpusCase of cases) {
    it(`describes ${corpusCase.name}/nasm.o as recorded`, () => {
      expect(describeObject(readObject(corpusCase.nasmObject, corpusCase.file))).toBe(
        readFileSync(join(corpusCase.dir, 'expected.txt'), 'utf8'),
      );
    });
  }
});
