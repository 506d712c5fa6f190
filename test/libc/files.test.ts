// fopen & co. on host files, and time().
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, HEAP, SCRATCH, type Harness } from './harness.ts';

let h: Harness;
let dir: string;
afterEach(() => {
  h?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const errnoOf = (x: Harness) => new DataView(x.engine.readMemory(Number(x.call('__errno_location')), 4).buffer).getInt32(0, true);

describe('files', () => {
  it('writes through fopen/fprintf/fclose and reads back with fgets and fread', () => {
    h = createHarness();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'libc-files-'));
    const name = h.string(path.join(dir, 'out.txt'));
    const file = Number(h.call('fopen', [name, h.string('w')]));
    expect(file).toBeGreaterThanOrEqual(HEAP.base);
    expect(h.call('fprintf', [file, h.string('%s=%d\n'), h.string('x'), 42])).toBe(5n);
    expect(h.call('fputs', [h.string('second\n'), file])).toBe(1n);
    expect(fs.readFileSync(path.join(dir, 'out.txt'), 'utf8')).toBe('');
    expect(h.call('fclose', [file])).toBe(0n);
    expect(fs.readFileSync(path.join(dir, 'out.txt'), 'utf8')).toBe('x=42\nsecond\n');

    const input = Number(h.call('fopen', [name, h.string('rb')]));
    const buffer = SCRATCH + 0x9000;
    expect(h.call('fgets', [buffer, 100, input])).toBe(BigInt(buffer));
    expect(h.readString(buffer)).toBe('x=42\n');
    h.engine.writeMemory(buffer, new Uint8Array(16));
    expect(h.call('fread', [buffer, 2, 10, input])).toBe(3n);
    expect(h.readString(buffer)).toBe('second\n');
    expect(h.call('feof', [input])).toBe(1n);
    h.call('fclose', [input]);
  });

  it('a missing file gives NULL and ENOENT; a bad mode EINVAL', () => {
    h = createHarness();
    expect(h.call('fopen', [h.string('/nonexistent/file'), h.string('r')])).toBe(0n);
    expect(errnoOf(h)).toBe(2);
    expect(h.call('fopen', [h.string('/tmp'), h.string('q')])).toBe(0n);
    expect(errnoOf(h)).toBe(22);
  });

  it('fileno of the standard streams', () => {
    h = createHarness();
    const stderrFile = h.readU64(h.libc.dataSymbol('stderr')!);
    expect(h.call('fileno', [stderrFile])).toBe(2n);
  });
});

describe('time', () => {
  it('time() returns the epoch seconds and stores them', () => {
    h = createHarness();
    const slot = SCRATCH + 0x9000;
    const before = BigInt(Math.floor(Date.now() / 1000));
    const now = h.call('time', [slot]);
    expect(now >= before && now <= before + 2n).toBe(true);
    expect(h.readU64(slot)).toBe(now);
  });
});
