// stdlib shims against glibc's own results (native/numbers.out) and the heap's behaviour.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { GuestMemoryError } from '../../emulator/engine.ts';
import { createHarness, doubleOf, HEAP, SCRATCH, type Harness } from './harness.ts';

let h: Harness;
afterEach(() => h?.close());

const glibc = readFileSync(new URL('./native/numbers.out', import.meta.url), 'utf8').trim().split('\n');
// the inputs and bases of native/numbers.c, in its order
const inputs = ['  0x1fZ', '99999999999999999999', '-0x', '  -1', '077', 'zz', '  +', '-9223372036854775808',
  '18446744073709551616', '\t\n 42abc', '+7', '0', '-', '1e5', '0x', '08'];
const bases = [0, 10, 16, 36, 8];
const floatInputs = ['1.5', '  -2.5e3x', '.5', '5.', '1e', '1e+', 'inf', '-Infinityx', 'nan(abc)', '-nan', '0x1p3',
  '0x1.8p1', '0x.8', '1e400', '1e-400', '4.9e-324', '0x1p-1074', '0x1.fffffffffffff8p0', 'abc', '-',
  '1.e5', '.e5', '0.1', '2.2250738585072011e-308', '123456789012345678901234567890', '0x', '1e-320'];

describe('number parsing matches glibc', () => {
  it('strtol, strtoul, atoi and rand print what native/numbers.c printed', () => {
    h = createHarness();
    const errno = Number(h.call('__errno_location'));
    const endptr = SCRATCH + 0x9000;
    const lines: string[] = [];
    for (const text of floatInputs) {
      const s = h.string(text);
      h.engine.writeMemory(errno, new Uint8Array(4));
      h.call('strtod', [s, endptr]);
      const value = h.engine.readRegister('xmm0');
      const errnoValue = new DataView(h.engine.readMemory(errno, 4).buffer).getInt32(0, true);
      const end = Number(h.readU64(endptr)) - s;
      h.call('atof', [s]);
      const buffer = SCRATCH + 0xa000;
      h.call('sprintf', [buffer, h.string(`strtod %a ${end} ${errnoValue} %a`)], [doubleOf(value), doubleOf(h.engine.readRegister('xmm0'))]);
      lines.push(h.readString(buffer));
    }
    const run = (name: 'strtol' | 'strtoul', s: number, base: number) => {
      h.engine.writeMemory(errno, new Uint8Array(4));
      const raw = h.call(name, [s, endptr, base]);
      const value = name === 'strtol' ? BigInt.asIntN(64, raw) : raw;
      const errnoValue = new DataView(h.engine.readMemory(errno, 4).buffer).getInt32(0, true);
      lines.push(`${name} ${base} ${value} ${Number(h.readU64(endptr)) - s} ${errnoValue}`);
    };
    const addresses = inputs.map((text) => h.string(text));
    for (const s of addresses) for (const base of bases) {
      run('strtol', s, base);
      run('strtoul', s, base);
    }
    const atoi = (s: number) => BigInt.asIntN(32, h.call('atoi', [s]));
    for (const s of addresses) lines.push(`atoi ${atoi(s)}`);
    lines.push(`atoi ${atoi(h.string('99999999999'))} ${atoi(h.string('-2147483649'))} ${atoi(h.string('  -12abc'))}`);
    const rand = () => h.call('rand');
    const sequence = [rand(), rand(), rand(), rand(), rand()];
    h.call('srand', [42]);
    sequence.push(rand(), rand(), rand());
    h.call('srand', [0]);
    sequence.push(rand());
    h.call('srand', [4000000000]);
    sequence.push(rand());
    lines.push(`rand ${sequence.join(' ')}`);
    expect(lines).toEqual(glibc);
  });

  it('atoi leaves strtol\'s whole long in rax, as glibc\'s tail call does', () => {
    h = createHarness();
    expect(h.call('atoi', [h.string('-5')])).toBe(0xffff_ffff_ffff_fffbn);
    expect(h.call('atoi', [h.string('99999999999')])).toBe(99999999999n);
  });

  it('abs and labs', () => {
    h = createHarness();
    expect(h.call('abs', [-7])).toBe(7n);
    expect(h.call('labs', [-(2n ** 62n)])).toBe(2n ** 62n);
  });
});

describe('heap', () => {
  it('malloc returns 16-byte aligned distinct blocks inside the heap; free lets them be reused', () => {
    h = createHarness();
    const a = Number(h.call('malloc', [1]));
    const b = Number(h.call('malloc', [100]));
    const c = Number(h.call('malloc', [0]));
    for (const p of [a, b, c]) {
      expect(p % 16).toBe(0);
      expect(p).toBeGreaterThanOrEqual(HEAP.base);
      expect(p).toBeLessThan(HEAP.base + HEAP.size);
    }
    expect(new Set([a, b, c]).size).toBe(3);
    expect(b - a).toBeGreaterThanOrEqual(32);
    h.call('free', [b]);
    expect(Number(h.call('malloc', [100]))).toBe(b);
    h.call('free', [0]);
  });

  it('calloc zeroes, realloc keeps the contents when it grows', () => {
    h = createHarness();
    const a = Number(h.call('malloc', [32]));
    h.engine.writeMemory(a, new Uint8Array(32).fill(0xaa));
    h.call('free', [a]);
    const z = Number(h.call('calloc', [4, 8]));
    expect(z).toBe(a);
    expect([...h.engine.readMemory(z, 32)].every((x) => x === 0)).toBe(true);
    h.engine.writeMemory(z, Buffer.from('keep me'));
    const grown = Number(h.call('realloc', [z, 5000]));
    expect(grown).not.toBe(z);
    expect(h.readString(grown)).toBe('keep me');
    expect(Number(h.call('realloc', [grown, 10]))).toBe(grown);
  });

  it('returns NULL and sets ENOMEM when the heap is exhausted', () => {
    h = createHarness();
    expect(h.call('malloc', [HEAP.size * 2])).toBe(0n);
    const errno = Number(h.call('__errno_location'));
    expect(new DataView(h.engine.readMemory(errno, 4).buffer).getInt32(0, true)).toBe(12);
  });

  it('a double free aborts with glibc\'s message and SIGABRT, without flushing stdout', () => {
    h = createHarness();
    h.call('puts', [h.string('lost')]);
    const p = Number(h.call('malloc', [16]));
    h.call('free', [p]);
    h.call('free', [p]);
    expect(h.stderrText()).toBe('free(): double free detected in tcache 2\n');
    expect(h.libc.exitStatus).toBe(134);
    expect(h.libc.killedBySignal).toBe('SIGABRT');
    expect(h.stdoutText()).toBe('');
  });

  it('a big chunk freed twice gets glibc\'s other message; a pointer malloc never gave is invalid', () => {
    h = createHarness();
    const big = Number(h.call('malloc', [2000]));
    h.call('free', [big]);
    h.call('free', [big]);
    expect(h.stderrText()).toBe('double free or corruption (!prev)\n');
    h.close();
    h = createHarness();
    const p = Number(h.call('malloc', [64]));
    h.call('free', [p + 16]);
    expect(h.stderrText()).toBe('free(): invalid pointer\n');
    expect(h.libc.exitStatus).toBe(134);
  });

  it('freeing a wild pointer faults, as glibc reading its header would', () => {
    h = createHarness();
    expect(() => h.call('free', [0x1234])).toThrow(GuestMemoryError);
  });
});

describe('getenv', () => {
  it('finds a variable of the environment it was given, or returns NULL', () => {
    h = createHarness({ environment: ['HOME=/home/user', 'HOMER=simpson', 'EMPTY='] });
    expect(h.readString(Number(h.call('getenv', [h.string('HOME')])))).toBe('/home/user');
    expect(h.readString(Number(h.call('getenv', [h.string('EMPTY')])))).toBe('');
    expect(h.call('getenv', [h.string('HOM')])).toBe(0n);
  });
});

describe('exit', () => {
  it('exit flushes and keeps the low 8 bits; _exit does not flush', () => {
    h = createHarness();
    h.call('printf', [h.string('bye')]);
    h.call('exit', [257]);
    expect(h.libc.exitStatus).toBe(1);
    expect(h.stdoutText()).toBe('bye');
    h.close();
    h = createHarness();
    h.call('printf', [h.string('gone')]);
    h.call('_exit', [0]);
    expect(h.libc.exitStatus).toBe(0);
    expect(h.stdoutText()).toBe('');
  });
});
