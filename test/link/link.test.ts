// The linker on objects made by real nasm (test/link/fixtures, rebuilt by regenerate.sh): layout and
// permissions, each relocation kind, the GOT, symbols across objects, and ld's error messages
// (compared with what real ld printed for the same objects).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UC_PROT_EXEC, UC_PROT_READ, UC_PROT_WRITE } from '../../emulator/engine.ts';
import { R_X86_64_GOTPCREL, R_X86_64_REX_GOTPCRELX, R_X86_64_GOTPCRELX } from '../../src/elf/constants.ts';
import { readObject, type ObjectFile } from '../../src/elf/read.ts';
import type { LoadedImage } from '../../src/link/image.ts';
import { LinkError, linkObjects, type ExternalSymbols } from '../../src/link/link.ts';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const object = (name: string): ObjectFile => readObject(new Uint8Array(readFileSync(fixture(name))), name);

const PUTS_STUB = 0x200010;
const STDIN_VARIABLE = 0x300008;
const libc: ExternalSymbols = {
  functionAddress: (name) => (name === 'puts' ? PUTS_STUB : undefined),
  dataAddress: (name) => (name === 'stdin' ? STDIN_VARIABLE : undefined),
};

function symbol(image: LoadedImage, name: string): number {
  const found = image.symbols.find((s) => s.name === name);
  if (!found) throw new Error(`no symbol ${name}`);
  return found.address;
}

function read(image: LoadedImage, address: number, size: number): bigint {
  const segment = image.segments.find((s) => address >= s.address && address < s.address + s.bytes.length)!;
  const view = new DataView(segment.bytes.buffer, segment.bytes.byteOffset);
  const at = address - segment.address;
  if (size === 8) return view.getBigUint64(at, true);
  if (size === 4) return BigInt(view.getInt32(at, true));
  return BigInt(view.getUint16(at, true));
}

function linkErrors(...names: string[]): string {
  try {
    linkObjects(names.map((name) => ({ object: object(name) })), libc);
  } catch (error) {
    expect(error).toBeInstanceOf(LinkError);
    return (error as LinkError).message;
  }
  throw new Error('linked without errors');
}

const expectedLd = (name: string) => readFileSync(fixture(name), 'utf8').trimEnd();

describe('layout', () => {
  const image = linkObjects([{ object: object('relocations.o') }], libc);

  it('puts text r-x, rodata r--, data rw- on their own pages from 0x400000', () => {
    expect(image.segments.map((s) => [s.name, s.address, s.protection])).toEqual([
      ['text', 0x400000, UC_PROT_READ | UC_PROT_EXEC],
      ['rodata', 0x401000, UC_PROT_READ],
      ['data', 0x402000, UC_PROT_READ | UC_PROT_WRITE],
      ['got', 0x403000, UC_PROT_READ],
    ]);
    for (const segment of image.segments) expect(segment.size % 0x1000).toBe(0);
  });

  it('enters at main and lists symbols by address', () => {
    expect(image.entry).toBe(symbol(image, 'main'));
    expect(image.symbols.map((s) => s.name)).toEqual(['main', 'msg', 'table']);
  });
});

describe('relocations nasm emits', () => {
  const image = linkObjects([{ object: object('relocations.o') }], libc);
  const main = symbol(image, 'main');
  const msg = symbol(image, 'msg');
  const table = symbol(image, 'table');

  it('R_X86_64_64 and R_X86_64_PC32 in data', () => {
    expect(read(image, table, 8)).toBe(BigInt(msg));
    expect(read(image, table + 8, 4)).toBe(BigInt(msg - (table + 8)));
  });

  it('R_X86_64_PC32 from code: lea rdi, [rel msg]', () => {
    expect(read(image, main + 3, 4)).toBe(BigInt(msg - (main + 3) - 4));
  });

  it('R_X86_64_PLT32 goes straight to the shim stub', () => {
    expect(read(image, main + 8, 4)).toBe(BigInt(PUTS_STUB - (main + 8) - 4));
  });

  it('R_X86_64_GOTPCREL points at a GOT slot holding the symbol address', () => {
    const got = image.segments.find((s) => s.name === 'got')!;
    const stdinSlot = main + 0xf + 4 + Number(read(image, main + 0xf, 4));
    const putsSlot = main + 0x15 + 4 + Number(read(image, main + 0x15, 4));
    expect(stdinSlot).toBeGreaterThanOrEqual(got.address);
    expect(read(image, stdinSlot, 8)).toBe(BigInt(STDIN_VARIABLE));
    expect(read(image, putsSlot, 8)).toBe(BigInt(PUTS_STUB));
  });

  it('R_X86_64_32, R_X86_64_64 immediates and R_X86_64_32S', () => {
    expect(read(image, main + 0x1a, 4)).toBe(BigInt(msg));
    expect(read(image, main + 0x20, 8)).toBe(BigInt(msg));
    expect(read(image, main + 0x2c, 4)).toBe(BigInt(table));
  });

  it('GOTPCRELX and REX_GOTPCRELX resolve like GOTPCREL', () => {
    for (const type of [R_X86_64_GOTPCRELX, R_X86_64_REX_GOTPCRELX]) {
      const original = object('relocations.o');
      const changed = {
        ...original,
        relocations: original.relocations.map((r) => (r.type === R_X86_64_GOTPCREL ? { ...r, type } : r)),
      };
      const relaxed = linkObjects([{ object: changed }], libc);
      expect(relaxed.segments.map((s) => [...s.bytes])).toEqual(image.segments.map((s) => [...s.bytes]));
    }
  });
});

describe('several objects', () => {
  it('resolves globals across objects and merges same-named sections', () => {
    const image = linkObjects([{ object: object('two-main.o') }, { object: object('two-util.o') }], libc);
    const main = symbol(image, 'main');
    const twice = symbol(image, 'twice');
    expect(twice).toBeGreaterThan(main);
    expect(image.segments.filter((s) => s.name === 'text')).toHaveLength(1);
    // call twice: e8 rel32 at main+5
    expect(read(image, main + 6, 4)).toBe(BigInt(twice - (main + 10)));
  });

  it('places line tables at the addresses the sections landed at', () => {
    const image = linkObjects(
      [
        { object: object('two-main.o'), lineTable: [{ section: '.text', offset: 5, file: 'two-main.asm', line: 9 }] },
        { object: object('two-util.o'), lineTable: [{ section: '.text', offset: 0, file: 'two-util.asm', line: 8 }] },
      ],
      libc,
    );
    expect(image.lines).toEqual([
      { address: symbol(image, 'main') + 5, file: 'two-main.asm', line: 9 },
      { address: symbol(image, 'twice'), file: 'two-util.asm', line: 8 },
    ]);
  });
});

describe("ld's errors", () => {
  it('undefined reference, with the object, function and position', () => {
    expect(linkErrors('undefined.o')).toBe(expectedLd('undefined.ld.txt'));
  });

  it('multiple definition', () => {
    expect(linkErrors('duplicate-1.o', 'duplicate-2.o')).toBe(expectedLd('duplicate.ld.txt'));
  });

  it('relocation truncated to fit', () => {
    expect(linkErrors('truncated.o')).toBe(expectedLd('truncated.ld.txt'));
  });

  it('a missing main', () => {
    expect(linkErrors('no-main.o')).toBe("undefined reference to `main'");
  });
});
