// The Unicorn engine behind the engine interface: memory, registers, batches, code hooks on a
// range, and every way a run can end (until, stop, hook error, memory fault, CPU exception, timeout).
// Machine code is written out as bytes so the tests need no assembler.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GuestMemoryError, UC_PROT_ALL, UC_PROT_READ, UC_PROT_EXEC, UC_PROT_WRITE } from '../../emulator/engine.ts';
import { openUnicornEngine, type UnicornEngine } from '../../emulator/unicorn.ts';

const CODE = 0x400000;
const DATA = 0x600000;
const STUB = 0x700000;
const STACK_TOP = 0x800000;

let engine: UnicornEngine;

beforeEach(async () => {
  engine = await openUnicornEngine();
  engine.mapMemory(CODE, 0x1000, UC_PROT_READ | UC_PROT_EXEC);
  engine.mapMemory(DATA, 0x1000, UC_PROT_READ | UC_PROT_WRITE);
  engine.mapMemory(STUB, 0x1000, UC_PROT_READ | UC_PROT_EXEC);
  engine.mapMemory(STACK_TOP - 0x1000, 0x1000, UC_PROT_READ | UC_PROT_WRITE);
  engine.writeRegister('rsp', BigInt(STACK_TOP - 0x100));
});

afterEach(() => engine.close());

function load(bytes: number[]): number {
  engine.writeMemory(CODE, Uint8Array.from(bytes));
  return CODE + bytes.length;
}

describe('memory', () => {
  it('reads back what was written', () => {
    engine.writeMemory(DATA + 8, Uint8Array.from([1, 2, 3, 4]));
    expect([...engine.readMemory(DATA + 6, 8)]).toEqual([0, 0, 1, 2, 3, 4, 0, 0]);
  });

  it('throws GuestMemoryError naming the first unmapped address', () => {
    expect(() => engine.readMemory(DATA + 0xff8, 16)).toThrow(GuestMemoryError);
    try {
      engine.readMemory(DATA + 0xff8, 16);
    } catch (error) {
      expect((error as GuestMemoryError).address).toBe(DATA + 0x1000);
      expect((error as GuestMemoryError).access).toBe('read');
    }
    expect(() => engine.writeMemory(0x10, Uint8Array.of(1))).toThrow(/write to unmapped address 0x10/);
  });

  it('maps with any protection and refuses overlapping maps with a typed error', () => {
    engine.mapMemory(0x900000, 0x2000, UC_PROT_ALL);
    expect(() => engine.mapMemory(0x901000, 0x1000, UC_PROT_ALL)).toThrow(/uc_mem_map(_ptr)? failed: .*0x901000/);
  });

  it('lends host memory only for accesses that cannot fault and that skip no translated code', () => {
    const host = engine.hostMemory(DATA + 0x10, 8, 'write');
    expect(host?.base).toBe(DATA);
    host!.data.setUint32(0x10, 0xdeadbeef, true);
    expect([...engine.readMemory(DATA + 0x10, 4)]).toEqual([0xef, 0xbe, 0xad, 0xde]);
    expect(engine.hostMemory(DATA + 0xffc, 8, 'read')).toBeUndefined(); // runs off the region
    expect(engine.hostMemory(0x10, 1, 'read')).toBeUndefined(); // unmapped
    expect(engine.hostMemory(CODE, 1, 'read')).toBeDefined();
    expect(engine.hostMemory(CODE, 1, 'write')).toBeUndefined(); // code: only through uc_mem_write
    engine.protectMemory(DATA, 0x1000, UC_PROT_READ);
    expect(engine.hostMemory(DATA, 1, 'write')).toBeUndefined();
    expect(engine.hostMemory(DATA, 1, 'read')).toBeDefined();
  });

  it('shares one memory between the CPU and the host', () => {
    // mov dword [DATA + 0x20], 0x11223344 ; mov eax, [DATA + 0x24]
    const end = load([0xc7, 0x04, 0x25, 0x20, 0x00, 0x60, 0x00, 0x44, 0x33, 0x22, 0x11, 0x8b, 0x04, 0x25, 0x24, 0x00, 0x60, 0x00]);
    engine.hostMemory(DATA + 0x24, 4, 'write')!.data.setUint32(0x24, 0x5566, true);
    expect(engine.run(CODE, end, 0)).toEqual({ kind: 'stopped' });
    expect(engine.hostMemory(DATA + 0x20, 4, 'read')!.data.getUint32(0x20, true)).toBe(0x11223344);
    expect(engine.readRegister('rax')).toBe(0x5566n);
  });
});

describe('registers', () => {
  it('reads and writes single registers, including negative values', () => {
    engine.writeRegister('rcx', -2n);
    expect(engine.readRegister('rcx')).toBe(0xfffffffffffffffen);
    engine.writeRegister('xmm3', 0x400921fb54442d18n);
    expect(engine.readRegister('xmm3')).toBe(0x400921fb54442d18n);
  });

  it('reads and writes batches in the order named', () => {
    const batch = engine.registerBatch(['rdi', 'rsi', 'rdx', 'rcx', 'r8', 'r9', 'xmm0']);
    batch.write([1n, 2n, 3n, 4n, 5n, 6n, 0x3ff0000000000000n]);
    expect(engine.readRegister('rcx')).toBe(4n);
    expect(engine.readRegister('r9')).toBe(6n);
    expect([...batch.read()]).toEqual([1n, 2n, 3n, 4n, 5n, 6n, 0x3ff0000000000000n]);
  });
});

describe('run', () => {
  it('runs until the end address', () => {
    const end = load([0x48, 0xc7, 0xc0, 0x2a, 0, 0, 0]); // mov rax, 42
    expect(engine.run(CODE, end, 0)).toEqual({ kind: 'stopped' });
    expect(engine.readRegister('rax')).toBe(42n);
  });

  it('calls a code hook on the stub range only, and the stub ret returns to the caller', () => {
    const seen: number[] = [];
    const result = engine.registerBatch(['rax']);
    engine.hookCode(STUB, STUB + 0xff, (address) => {
      seen.push(address);
      result.write([BigInt(address - STUB + 100)]);
    });
    engine.writeMemory(STUB, Uint8Array.from([0xc3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xc3]));
    // call STUB+16 ; mov rbx, rax
    const rel = STUB + 16 - (CODE + 5);
    const end = load([0xe8, rel & 0xff, (rel >> 8) & 0xff, (rel >> 16) & 0xff, (rel >> 24) & 0xff, 0x48, 0x89, 0xc3]);
    expect(engine.run(CODE, end, 0)).toEqual({ kind: 'stopped' });
    expect(seen).toEqual([STUB + 16]);
    expect(engine.readRegister('rbx')).toBe(116n);
  });

  it('stops when a hook calls stop()', () => {
    engine.hookCode(STUB, STUB, () => engine.stop());
    engine.writeMemory(STUB, Uint8Array.of(0xc3));
    const rel = STUB - (CODE + 5);
    load([0xe8, rel & 0xff, (rel >> 8) & 0xff, (rel >> 16) & 0xff, (rel >> 24) & 0xff, 0xeb, 0xfe]); // call; jmp $
    expect(engine.run(CODE, 0, 0)).toEqual({ kind: 'stopped' });
  });

  it('keeps an error thrown by a hook and reports it after stopping', () => {
    const failure = new GuestMemoryError(0, 'read');
    engine.hookCode(STUB, STUB, () => {
      throw failure;
    });
    engine.writeMemory(STUB, Uint8Array.of(0xc3));
    const rel = STUB - (CODE + 5);
    load([0xe8, rel & 0xff, (rel >> 8) & 0xff, (rel >> 16) & 0xff, (rel >> 24) & 0xff, 0xeb, 0xfe]);
    expect(engine.run(CODE, 0, 0)).toEqual({ kind: 'hook-error', error: failure });
  });

  it('reports a read of unmapped memory, then settles rip at the faulting instruction', async () => {
    // inc rbx; inc rbx; mov rax, [0x10]; ret
    load([0x48, 0xff, 0xc3, 0x48, 0xff, 0xc3, 0x48, 0x8b, 0x04, 0x25, 0x10, 0, 0, 0, 0xc3]);
    engine.writeRegister('rbx', 0n);
    expect(engine.run(CODE, 0, 0)).toEqual({ kind: 'memory-fault', access: 'read', address: 0x10, unmapped: true });
    await engine.settleFault();
    expect(engine.readRegister('rip')).toBe(BigInt(CODE + 6));
    expect(engine.readRegister('rbx')).toBe(2n); // state as at the fault
  });

  it('reports a write to read-only memory as a protection fault', async () => {
    // mov rax, CODE ; mov [rax], al
    load([0x48, 0xc7, 0xc0, 0x00, 0x00, 0x40, 0x00, 0x88, 0x00]);
    expect(engine.run(CODE, 0, 0)).toEqual({ kind: 'memory-fault', access: 'write', address: CODE, unmapped: false });
    await engine.settleFault();
    expect(engine.readRegister('rip')).toBe(BigInt(CODE + 7));
  });

  it('reports a jump to unmapped memory as a fetch fault at that address', () => {
    load([0x48, 0xc7, 0xc0, 0x00, 0x10, 0x00, 0x00, 0xff, 0xe0]); // mov rax, 0x1000 ; jmp rax
    expect(engine.run(CODE, 0, 0)).toEqual({ kind: 'memory-fault', access: 'fetch', address: 0x1000, unmapped: true });
    expect(engine.readRegister('rip')).toBe(0x1000n);
  });

  it('reports a divide error as interrupt 0 with rip at the div', () => {
    load([0x48, 0xc7, 0xc0, 5, 0, 0, 0, 0x48, 0x31, 0xc9, 0x48, 0xf7, 0xf1]); // mov rax,5; xor rcx,rcx; div rcx
    expect(engine.run(CODE, 0, 0)).toEqual({ kind: 'interrupt', number: 0 });
    expect(engine.readRegister('rip')).toBe(BigInt(CODE + 10));
  });

  it('reports an invalid opcode', () => {
    load([0x90, 0x0f, 0x0b]); // nop; ud2
    expect(engine.run(CODE, 0, 0)).toEqual({ kind: 'invalid-instruction' });
    expect(engine.readRegister('rip')).toBe(BigInt(CODE + 1));
  });

  it('reports hlt as the general protection fault user mode gets', () => {
    load([0x90, 0xf4]); // nop; hlt
    expect(engine.run(CODE, 0, 0)).toEqual({ kind: 'interrupt', number: 13 });
    expect(engine.readRegister('rip')).toBe(BigInt(CODE + 1));
  });

  it('calls the syscall hook for each syscall instruction, and its register writes stick', () => {
    const seen: bigint[] = [];
    engine.hookSyscall(() => {
      seen.push(engine.readRegister('rax'));
      engine.writeRegister('rax', 1000n + engine.readRegister('rax'));
    });
    // mov eax, 39 ; syscall ; mov rbx, rax ; mov eax, 60 ; syscall
    const end = load([0xb8, 39, 0, 0, 0, 0x0f, 0x05, 0x48, 0x89, 0xc3, 0xb8, 60, 0, 0, 0, 0x0f, 0x05]);
    expect(engine.run(CODE, end, 0)).toEqual({ kind: 'stopped' });
    expect(seen).toEqual([39n, 60n]);
    expect(engine.readRegister('rbx')).toBe(1039n);
  });

  it('lets a handled software interrupt carry on after the int instruction', () => {
    let calls = 0;
    engine.hookInterrupt(0x80, () => {
      calls++;
      engine.writeRegister('rax', 7n);
    });
    const end = load([0xcd, 0x80, 0x48, 0x89, 0xc3]); // int 0x80 ; mov rbx, rax
    expect(engine.run(CODE, end, 0)).toEqual({ kind: 'stopped' });
    expect(calls).toBe(1);
    expect(engine.readRegister('rbx')).toBe(7n);
    // (a fresh address: Unicorn 2.0 keeps running code it translated before a rewrite)
    engine.writeMemory(CODE + 0x100, Uint8Array.from([0xcd, 0x81]));
    expect(engine.run(CODE + 0x100, 0, 0)).toEqual({ kind: 'interrupt', number: 0x81 });
  });

  it('stops a runaway loop at the timeout', () => {
    load([0xeb, 0xfe]); // jmp $
    expect(engine.run(CODE, 0, 50_000)).toEqual({ kind: 'timeout' });
  });
});
