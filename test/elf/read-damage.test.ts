// Damaged objects: thousands of deterministic corruptions of nasm-made objects (flipped bytes,
// overwritten header words, truncations). Each must read cleanly or fail with ObjectFormatError;
// no other exception may escape the reader.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ObjectFormatError, readObject } from '../../src/elf/read.ts';

/** A small fixed-seed generator so every run tries the same corruptions. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

const ROUNDS = 3000;

describe('readObject on damaged objects', () => {
  for (const caseName of ['hello', 'repl', 'global_extern_common', 'sections_attrs']) {
    it(`never lets anything but ObjectFormatError escape for ${caseName}/nasm.o`, () => {
      const original = new Uint8Array(readFileSync(fileURLToPath(new URL(`../asm/cases/${caseName}/nasm.o`, import.meta.url))));
      const random = seededRandom(caseName.length * 7919);
      const escaped: string[] = [];
      let refused = 0;
      for (let round = 0; round < ROUNDS; round++) {
        let bytes = original.slice();
        const flips = 1 + Math.floor(random() * 4);
        for (let i = 0; i < flips; i++) {
          // Aim half the damage at the headers and tables, where it matters most.
          const at = random() < 0.5 ? Math.floor(random() * 64) : Math.floor(random() * bytes.length);
          bytes[at] = Math.floor(random() * 256);
        }
        if (random() < 0.1) bytes = bytes.subarray(0, Math.floor(random() * bytes.length));
        try {
          readObject(bytes, 'damaged.o');
        } catch (error) {
          if (error instanceof ObjectFormatError) refused++;
          else escaped.push(`round ${round}: ${(error as Error).stack}`);
        }
      }
      expect(escaped.slice(0, 3)).toEqual([]);
      expect(refused).toBeGreaterThan(0);
    });
  }
});
