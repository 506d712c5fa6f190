// Argument reading and result writing per the System V ABI, with shims made up for the test.
import { describe, expect, it } from 'vitest';
import { UC_PROT_READ, UC_PROT_WRITE } from '../../emulator/engine.ts';
import { ShimCaller } from '../../src/libc/caller.ts';
import type { LibcContext } from '../../src/libc/context.ts';
import { GuestMemory } from '../../src/libc/guest-memory.ts';
import { shim } from '../../src/libc/registry.ts';
import { FakeEngine } from './fake-engine.ts';
import { bitsOf, doubleOf } from './harness.ts';

const STACK = 0x7000_0000;

function setUp(entries: Parameters<typeof shim>[] | ReturnType<typeof shim>[]) {
  const engine = new FakeEngine();
  engine.mapMemory(STACK - 0x1000, 0x2000, UC_PROT_READ | UC_PROT_WRITE);
  const memory = new GuestMemory(engine);
  const context = { exited: false } as unknown as LibcContext;
  const caller = new ShimCaller(engine, memory, entries as ReturnType<typeof shim>[], context);
  const rsp = STACK - 8;
  const pushStack = (words: bigint[]) => {
    memory.writeU64(rsp, 0x401000n);
    words.forEach((word, i) => memory.writeU64(rsp + 8 * (i + 1), word));
    engine.writeRegister('rsp', BigInt(rsp));
  };
  return { engine, caller, pushStack };
}

describe('ShimCaller', () => {
  it('reads eight integer arguments: six in registers (the 4th in rcx), two on the stack', () => {
    let seen: unknown;
    const { engine, caller, pushStack } = setUp([
      shim('long sum8(long a, long b, int c, long d, long e, long f, long g, long h)', (args) => {
        seen = { ...args };
        return args.a + args.b + BigInt(args.c) + args.d + args.e + args.f + args.g + args.h;
      }),
    ]);
    ['rdi', 'rsi', 'rdx', 'rcx', 'r8', 'r9'].forEach((r, i) => engine.writeRegister(r as 'rdi', BigInt(i + 1)));
    engine.writeRegister('rdx', 0xffff_ffff_ffff_fffdn); // int -3 (upper half ignored)
    pushStack([7n, 0xffff_ffff_ffff_fff8n]);
    caller.call(0);
    expect(seen).toEqual({ a: 1n, b: 2n, c: -3, d: 4n, e: 5n, f: 6n, g: 7n, h: -8n });
    expect(engine.readRegister('rax')).toBe(BigInt.asUintN(64, 1n + 2n - 3n + 4n + 5n + 6n + 7n - 8n));
  });

  it('passes the 4th argument in rcx, not r10', () => {
    let fourth = -1;
    const { engine, caller } = setUp([shim('int four(int a, int b, int c, int d)', ({ d }) => (fourth = d))]);
    engine.writeRegister('rcx', 44n);
    engine.writeRegister('r10', 99n);
    caller.call(0);
    expect(fourth).toBe(44);
  });

  it('reads doubles from xmm0-7 then the stack, integers alongside independently', () => {
    let seen: unknown;
    const { engine, caller, pushStack } = setUp([
      shim('double mix(double a, int i, double b, double c, double d, double e, double f, double g, double h, double k, long j)', (args) => {
        seen = { ...args };
        return args.a + args.k;
      }),
    ]);
    for (let i = 0; i < 8; i++) engine.writeRegister(`xmm${i}` as 'xmm0', bitsOf(i + 0.5));
    engine.writeRegister('rdi', 10n);
    engine.writeRegister('rsi', 11n);
    pushStack([bitsOf(9.25)]);
    caller.call(0);
    expect(seen).toMatchObject({ a: 0.5, i: 10, b: 1.5, h: 7.5, k: 9.25, j: 11n });
    expect(doubleOf(engine.readRegister('xmm0'))).toBe(9.75);
  });

  it('reads pointers and sizes whole, unsigned ints from the low half, and returns a size whole', () => {
    let seen: unknown;
    const { engine, caller } = setUp([
      shim('size_t span(const char *p, size_t n, unsigned int u, int i)', (args) => {
        seen = { ...args };
        return args.n;
      }),
    ]);
    engine.writeRegister('rdi', 0x7fff_1234_5678n);
    engine.writeRegister('rsi', 0xffff_ffff_ffff_ffffn);
    engine.writeRegister('rdx', 0x1234_5678_ffff_fffen);
    engine.writeRegister('rcx', 0x8000_0000n);
    caller.call(0);
    expect(seen).toEqual({ p: 0x7fff_1234_5678, n: Number(0xffff_ffff_ffff_ffffn), u: 0xffff_fffe, i: -0x8000_0000 });
    expect(engine.readRegister('rax')).toBe(0n); // 2^64 as a double wraps to 0, as Number(size) always did
  });

  it('leaves an int result zero-extended, a long one whole, and clobbers caller-saved registers', () => {
    const { engine, caller } = setUp([
      shim('int minus(void)', () => -1),
      shim('long minusLong(void)', () => -1),
      shim('void nothing(void)', () => {}),
    ]);
    caller.call(0);
    expect(engine.readRegister('rax')).toBe(0xffff_ffffn);
    caller.call(1);
    expect(engine.readRegister('rax')).toBe(0xffff_ffff_ffff_ffffn);
    for (const r of ['rcx', 'rdx', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11'] as const) engine.writeRegister(r, 5n);
    engine.writeRegister('rbx', 5n);
    caller.call(2);
    for (const r of ['rcx', 'rdx', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11'] as const) expect(engine.readRegister(r)).not.toBe(5n);
    expect(engine.readRegister('rbx')).toBe(5n);
    expect(Number.isNaN(doubleOf(engine.readRegister('xmm1')))).toBe(true);
  });
});
