// GuestMemory's string lookups read the same bytes, and fault at the same address, whether the
// engine lends host memory (strings found in place) or not (strings copied piece by piece).
import { describe, expect, it } from 'vitest';
import { GuestMemoryError, UC_PROT_READ, UC_PROT_WRITE, type HostMemory } from '../../emulator/engine.ts';
import { GuestMemory } from '../../src/libc/guest-memory.ts';
import { parseInteger } from '../../src/libc/number-parse.ts';
import { FakeEngine } from './fake-engine.ts';

const PAGE = 4096;
const BASE = 0x5000_0000;

/** A FakeEngine that lends each mapped page as its own host region, the way Unicorn lends a mapping. */
class LendingEngine extends FakeEngine {
  hostMemory(address: number, size: number, access: 'read' | 'write'): HostMemory | undefined {
    const base = address - (address % PAGE);
    if (address + size > base + PAGE) return undefined;
    let bytes: Uint8Array;
    try {
      bytes = (this as unknown as { page(at: number, access: 'read' | 'write'): Uint8Array }).page(base, access);
    } catch {
      return undefined;
    }
    return { base, bytes, data: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  }
}

function memories(): GuestMemory[] {
  return [new FakeEngine(), new LendingEngine()].map((engine) => {
    engine.mapMemory(BASE, PAGE, UC_PROT_READ | UC_PROT_WRITE);
    engine.mapMemory(BASE + PAGE, PAGE, UC_PROT_READ | UC_PROT_WRITE);
    const bytes = new Uint8Array(2 * PAGE).fill(0x61);
    bytes[10] = 0; // "aaaaaaaaaa" at BASE
    bytes[200] = 0; // a 100-byte string at BASE + 100, longer than the quick scan
    bytes[PAGE + 20] = 0; // a string crossing into the second page
    engine.writeMemory(BASE, bytes);
    return new GuestMemory(engine);
  });
}

function outcome(action: () => Uint8Array): string {
  try {
    return Buffer.from(action()).toString('latin1');
  } catch (error) {
    if (error instanceof GuestMemoryError) return `fault ${error.message}`;
    throw error;
  }
}

describe('C strings in place and copied agree', () => {
  const cases: [number, number][] = [
    [BASE, Infinity], [BASE + 3, Infinity], [BASE + 100, Infinity], [BASE + 100, 50], [BASE + 100, 100],
    [BASE + 100, 0], [BASE + 300, Infinity], [BASE + PAGE - 5, Infinity], [BASE + PAGE - 5, 5], [BASE + 2 * PAGE - 4, 4],
    [BASE + PAGE + 21, Infinity], [BASE + PAGE + 21, 4000],
  ];
  for (const [address, limit] of cases) {
    it(`reads 0x${address.toString(16)} with limit ${limit}`, () => {
      const [copied, lent] = memories();
      const expected = outcome(() => copied.cString(address, limit));
      expect(outcome(() => lent.cString(address, limit))).toBe(expected);
      expect(outcome(() => lent.cStringView(address, limit))).toBe(expected);
      expect(outcome(() => copied.cStringView(address, limit))).toBe(expected);
    });
  }

  it('faults past a mapping with no NUL, as the copying walk does', () => {
    const [copied, lent] = memories();
    const expected = outcome(() => copied.cString(BASE + PAGE + 21));
    expect(expected).toMatch(/^fault/);
    expect(outcome(() => lent.cStringView(BASE + PAGE + 21))).toBe(expected);
  });

  it('finds a lent string in guest memory itself, without a copy', () => {
    const [, lent] = memories();
    lent.locateCString(BASE + 3);
    expect(lent.found.end - lent.found.start).toBe(7);
    lent.writeU8(BASE + 5, 0);
    expect(lent.found.bytes[lent.found.start + 2]).toBe(0);
  });
});

describe('addresses read in place and copied agree', () => {
  it('reads a 64-bit word as the same number either way', () => {
    for (const word of [0n, 0x7fff_1234_5678n, 0xffff_ffff_ffff_fff0n, 0x8000_0000n]) {
      const [copied, lent] = memories();
      copied.writeU64(BASE + 40, word);
      lent.writeU64(BASE + 40, word);
      expect(lent.readAddress(BASE + 40)).toBe(copied.readAddress(BASE + 40));
      expect(lent.readAddress(BASE + 40)).toBe(Number(word));
    }
  });
});

describe('parseInteger within bounds', () => {
  const bytes = Buffer.from('xx 0x1fzz -42!! 9999999999999999999');
  it('parses only [start, stop) and reports the end from start', () => {
    expect(parseInteger(bytes, 0, true, 2, 5)).toEqual({ value: 0n, end: 2, overflow: false }); // " 0x1" cut to " 0x": just the 0
    expect(parseInteger(bytes, 0, true, 2, 7)).toEqual({ value: 0x1fn, end: 5, overflow: false });
    expect(parseInteger(bytes, 10, true, 9, 15)).toEqual({ value: -42n, end: 4, overflow: false });
    expect(parseInteger(bytes, 10, true, 9, 10)).toEqual({ value: 0n, end: 0, overflow: false });
    expect(parseInteger(bytes, 10, true, 16, bytes.length)).toEqual({ value: (1n << 63n) - 1n, end: 19, overflow: true });
    expect(parseInteger(bytes, 10, false, 9, 13)).toEqual({ value: (1n << 64n) - 42n, end: 4, overflow: false });
  });
});
