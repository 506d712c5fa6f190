// sscanf against glibc: each line of native/scanf.out names a case (format, input, argument
// kinds) and what glibc returned and stored; the same call here must store the same.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ByteBuilder } from '../../src/libc/byte-builder.ts';
import { formatPrintf } from '../../src/libc/format.ts';
import { x87FromDouble } from '../../src/libc/float-digits.ts';
import { createHarness, SCRATCH, type Harness } from './harness.ts';
import { ListArguments } from './list-arguments.ts';

let h: Harness;
afterEach(() => h?.close());

const lines = readFileSync(new URL('./native/scanf.out', import.meta.url), 'latin1').trim().split('\n');

const SLOTS = SCRATCH + 0x20000;
const at = { d: SLOTS, n: SLOTS + 16, l: SLOTS + 24, u: SLOTS + 32, h: SLOTS + 36, hh: SLOTS + 38, D: SLOTS + 40, F: SLOTS + 48, L: SLOTS + 64, s: SLOTS + 96, t: SLOTS + 160, C: SLOTS + 224 };

function resetSlots(x: Harness): void {
  const bytes = new DataView(new ArrayBuffer(240));
  for (let i = 0; i < 3; i++) bytes.setInt32(i * 4, -7, true);
  bytes.setInt32(16, -7, true);
  bytes.setBigInt64(24, -7n, true);
  bytes.setUint32(32, 7, true);
  bytes.setInt16(36, -7, true);
  bytes.setInt8(38, -7);
  bytes.setFloat64(40, -7, true);
  bytes.setFloat32(48, -7, true);
  const x87 = x87FromDouble(-7);
  bytes.setBigUint64(64, x87 & 0xffff_ffff_ffff_ffffn, true);
  bytes.setUint16(72, Number(x87 >> 64n), true);
  for (let i = 96; i < 232; i++) bytes.setUint8(i, 0x2e);
  bytes.setUint8(96 + 63, 0);
  bytes.setUint8(160 + 63, 0);
  x.engine.writeMemory(SLOTS, new Uint8Array(bytes.buffer));
}

function describeSlots(x: Harness, result: bigint): string {
  const view = new DataView(x.engine.readMemory(SLOTS, 240).buffer);
  const out = new ByteBuilder();
  const args = new ListArguments([
    { kind: 'integer', bits: result },
    ...[0, 4, 8, 16].map((offset) => ({ kind: 'integer' as const, bits: BigInt(view.getInt32(offset, true)) })),
    { kind: 'integer', bits: view.getBigUint64(24, true) },
    { kind: 'integer', bits: BigInt(view.getUint32(32, true)) },
    { kind: 'integer', bits: BigInt(view.getInt16(36, true)) },
    { kind: 'integer', bits: BigInt(view.getInt8(38)) },
    { kind: 'double', bits: view.getBigUint64(40, true) },
    { kind: 'double', bits: new BigUint64Array(new Float64Array([view.getFloat32(48, true)]).buffer)[0] },
    { kind: 'longDouble', bits: (BigInt(view.getUint16(72, true)) << 64n) | view.getBigUint64(64, true) },
  ]);
  formatPrintf(new TextEncoder().encode('=%d d=%d,%d,%d n=%d l=%ld u=%u h=%hd hh=%d D=%a F=%a L=%La'), args, out);
  const hex = (offset: number, length: number) => Buffer.from(view.buffer, offset, length).toString('hex');
  return `${Buffer.from(out.view()).toString('latin1')} s=${hex(96, 63)} t=${hex(160, 63)} C=${hex(224, 8)}`;
}

describe('sscanf matches glibc', () => {
  it('has the cases', () => expect(lines.length).toBeGreaterThanOrEqual(50));

  it.each(lines.map((line) => [line.split(' ').slice(0, 3).join(' '), line] as const))('%s', (_name, line) => {
    const [kinds, formatHex, inputHex] = line.split(' ');
    h = createHarness();
    resetSlots(h);
    const dSlots = [at.d, at.d + 4, at.d + 8];
    const pointers = [...kinds].map((kind) => {
      switch (kind) {
        case 'd': case 'i': return dSlots.shift()!;
        case 'n': return at.n;
        case 'l': return at.l;
        case 'u': return at.u;
        case 'h': return at.h;
        case 'c': return at.hh;
        case 'D': return at.D;
        case 'F': return at.F;
        case 'L': return at.L;
        case 's': return at.s;
        case 't': return at.t;
        default: return at.C;
      }
    });
    const input = h.string(Buffer.from(inputHex, 'hex'));
    const format = h.string(Buffer.from(formatHex, 'hex'));
    const result = BigInt.asIntN(32, h.call('sscanf', [input, format, ...pointers]));
    const expected = line.split(' ').slice(3).join(' ');
    expect(describeSlots(h, BigInt.asUintN(64, result))).toBe(expected);
  });
});
