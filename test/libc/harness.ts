// A libc on a FakeEngine with a small guest address space, and helpers to call shims the way
// guest code does: arguments in registers and on the stack, a return address at [rsp].
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UC_PROT_READ, UC_PROT_WRITE, type RegisterName } from '../../emulator/engine.ts';
import { createLibc, type Libc } from '../../src/libc/index.ts';
import { FakeEngine } from './fake-engine.ts';

export const HEAP = { base: 0x1000_0000, size: 0x10_0000 };
export const DATA = { base: 0x2000_0000, size: 0x1_0000 };
export const SCRATCH = 0x3000_0000; // test strings and buffers
export const STACK_TOP = 0x7fff_0000;
const STACK_SIZE = 0x1_0000;
const RETURN_ADDRESS = 0x40_1234n;

export interface Harness {
  engine: FakeEngine;
  libc: Libc;
  /** Host files standing in for the process's stdout and stderr. */
  stdoutText(): string;
  stderrText(): string;
  /** Puts `text` (NUL-terminated) in guest memory; returns its address. */
  string(text: string | Uint8Array): number;
  /** Calls `name` with integer args (rdi, rsi, ... then stack) and double args (xmm0...); returns rax. */
  call(name: string, integers?: (number | bigint)[], doubles?: number[], stack?: bigint[]): bigint;
  readString(address: number): string;
  readU64(address: number): bigint;
  close(): void;
}

const INTEGER_REGISTERS: RegisterName[] = ['rdi', 'rsi', 'rdx', 'rcx', 'r8', 'r9'];

export function createHarness(options: { stdin?: string | Uint8Array; terminal?: boolean; environment?: string[] } = {}): Harness {
  const engine = new FakeEngine();
  engine.mapMemory(HEAP.base, HEAP.size, UC_PROT_READ | UC_PROT_WRITE);
  engine.mapMemory(DATA.base, DATA.size, UC_PROT_READ | UC_PROT_WRITE);
  engine.mapMemory(SCRATCH, 0x10_0000, UC_PROT_READ | UC_PROT_WRITE);
  engine.mapMemory(STACK_TOP - STACK_SIZE, STACK_SIZE, UC_PROT_READ | UC_PROT_WRITE);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'libc-test-'));
  const stdinPath = path.join(dir, 'stdin');
  fs.writeFileSync(stdinPath, options.stdin ?? '');
  const stdin = fs.openSync(stdinPath, 'r');
  const stdout = fs.openSync(path.join(dir, 'stdout'), 'w+');
  const stderr = fs.openSync(path.join(dir, 'stderr'), 'w+');
  const libc = createLibc({
    engine, heap: HEAP, data: DATA, stdin, stdout, stderr,
    isTerminal: () => options.terminal ?? false,
    environment: options.environment ?? [],
  });
  let nextScratch = SCRATCH;
  const harness: Harness = {
    engine,
    libc,
    stdoutText: () => fs.readFileSync(path.join(dir, 'stdout'), 'latin1'),
    stderrText: () => fs.readFileSync(path.join(dir, 'stderr'), 'latin1'),
    string(text) {
      const bytes = typeof text === 'string' ? Buffer.from(text + '\0', 'latin1') : Buffer.concat([text, Buffer.of(0)]);
      const address = nextScratch;
      engine.writeMemory(address, bytes);
      nextScratch += Math.ceil((bytes.length + 1) / 16) * 16;
      return address;
    },
    call(name, integers = [], doubles = [], stack) {
      const index = libc.functionIndex(name);
      if (index === undefined) throw new Error(`no shim ${name}`);
      const stackArgs = stack ?? [...integers.slice(6), ...doubles.slice(8).map((d) => bitsOf(d))];
      integers.slice(0, 6).forEach((value, i) => engine.writeRegister(INTEGER_REGISTERS[i], BigInt(value)));
      doubles.slice(0, 8).forEach((value, i) => engine.writeRegister(`xmm${i}` as RegisterName, bitsOf(value)));
      engine.writeRegister('rax', BigInt(Math.min(doubles.length, 8)));
      // rsp = 8 mod 16 at entry: the return address, then the stack arguments above it
      const rsp = STACK_TOP - 0x1000 - 8;
      const frame = new DataView(new ArrayBuffer(8 * (1 + stackArgs.length)));
      frame.setBigUint64(0, RETURN_ADDRESS, true);
      stackArgs.forEach((value, i) => frame.setBigUint64(8 * (i + 1), BigInt.asUintN(64, BigInt(value)), true));
      engine.writeMemory(rsp, new Uint8Array(frame.buffer));
      engine.writeRegister('rsp', BigInt(rsp));
      libc.invoke(index);
      return engine.readRegister('rax');
    },
    readString(address) {
      const bytes: number[] = [];
      for (let at = address; ; at++) {
        const byte = engine.readMemory(at, 1)[0];
        if (byte === 0) break;
        bytes.push(byte);
      }
      return Buffer.from(bytes).toString('latin1');
    },
    readU64(address) {
      return new DataView(engine.readMemory(address, 8).buffer).getBigUint64(0, true);
    },
    close() {
      for (const fd of [stdin, stdout, stderr]) fs.closeSync(fd);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

export function bitsOf(value: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value, true);
  return view.getBigUint64(0, true);
}

export function doubleOf(bits: bigint): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, bits, true);
  return view.getFloat64(0, true);
}
