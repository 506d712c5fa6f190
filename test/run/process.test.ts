// Running nasm-made objects (test/run/fixtures, with native.json recorded from the same objects
// linked by gcc against glibc and run natively): exit statuses, argv/envp and stack alignment,
// output flushed at exit, and every way of dying with its signal status and report.

import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readObject } from '../../src/elf/read.ts';
import { LinkError } from '../../src/link/link.ts';
import { runProgram, type RunResult } from '../../src/run/process.ts';
import type { Libc, LibcOptions } from '../../src/libc/index.ts';
import { createFakeLibc, type FakeLibc } from './fake-libc.ts';

interface NativeRecord {
  argv: string[];
  status: number;
  stdout: string;
}
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const native: Record<string, NativeRecord> = JSON.parse(readFileSync(fixture('native.json'), 'utf8'));

async function run(
  name: string,
  extra: { timeoutSeconds?: number; stdout?: number; lineTable?: { section: string; offset: number; file: string; line: number }[] } = {},
) {
  let libc: FakeLibc | undefined;
  const object = readObject(new Uint8Array(readFileSync(fixture(`${name}.o`))), `${name}.o`);
  const stderr: string[] = [];
  const result: RunResult = await runProgram([{ object, lineTable: extra.lineTable }], {
    createLibc: (options: LibcOptions): Libc => (libc = createFakeLibc(options)),
    argv: native[name]?.argv ?? [`./${name}`],
    environment: ['HOME=/root', 'LANG=C'],
    timeoutSeconds: extra.timeoutSeconds,
    stdout: extra.stdout,
    stderr: 2,
  });
  stderr.push(...result.report);
  return { ...result, stdout: libc!.output };
}

describe('programs that exit', () => {
  for (const name of ['hello', 'args', 'alignment', 'exit-status', 'exit-call']) {
    it(`${name}: same stdout and exit status as the native build`, async () => {
      const result = await run(name);
      expect(result.stdout).toBe(native[name].stdout);
      expect(result.exitStatus).toBe(native[name].status);
      expect(result.ending).toBe('exit');
    });
  }
});

describe('raw Linux syscalls', () => {
  it('write goes out at once; exit ends without flushing stdio; unknown calls get -ENOSYS', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'run-asm-syscalls-'));
    const path = join(directory, 'stdout.txt');
    const fd = openSync(path, 'w');
    try {
      const result = await run('raw-syscalls', { stdout: fd });
      expect(result.exitStatus).toBe(native['raw-syscalls'].status);
      expect(readFileSync(path, 'latin1')).toBe(native['raw-syscalls'].stdout);
      expect(result.stdout).toBe(''); // libc's buffered line was never flushed
    } finally {
      closeSync(fd);
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('the i386 int 0x80 gate', () => {
  // Not recorded natively (see fixtures/regenerate.sh): the expectation is the i386 ABI's.
  it('write (eax 4) and exit (eax 1) with arguments in ebx, ecx, edx', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'run-asm-int80-'));
    const path = join(directory, 'stdout.txt');
    const fd = openSync(path, 'w');
    try {
      const result = await run('int80', { stdout: fd });
      expect(result.exitStatus).toBe(9);
      expect(readFileSync(path, 'latin1')).toBe('int80\n');
    } finally {
      closeSync(fd);
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('programs that crash', () => {
  it('null-read: segfault at the load, with rip, symbol, instruction and address', async () => {
    const result = await run('null-read');
    expect(result.exitStatus).toBe(native['null-read'].status);
    expect(result.report[0]).toBe('Segmentation fault');
    expect(result.report[1]).toBe('run-asm: error: read from unmapped address 0x0 (rip 0x400008)');
    expect(result.report[2]).toBe('  at 0x400008 <main+0x8>: mov rax, qword ptr [0]');
  });

  it('names the source line when a line table is given', async () => {
    const result = await run('null-read', { lineTable: [{ section: '.text', offset: 0, file: 'null-read.asm', line: 5 }, { section: '.text', offset: 8, file: 'null-read.asm', line: 9 }] });
    expect(result.report[1]).toBe('null-read.asm:9: error: read from unmapped address 0x0 (rip 0x400008)');
  });

  it('text-write: writing to read-only text is a segfault', async () => {
    const result = await run('text-write');
    expect(result.exitStatus).toBe(native['text-write'].status);
    expect(result.report[1]).toMatch(/write to address 0x400000, which the page's protection forbids/);
    expect(result.report[2]).toBe('  at 0x400007 <main+0x7>: mov byte ptr [rax], 0x90');
  });

  it('invalid-opcode: SIGILL, 132', async () => {
    const result = await run('invalid-opcode');
    expect(result.exitStatus).toBe(native['invalid-opcode'].status);
    expect(result.report[0]).toBe('Illegal instruction');
    expect(result.report[2]).toBe('  at 0x400001 <main+0x1>: ud2');
  });

  it('divide-by-zero: SIGFPE, 136', async () => {
    const result = await run('divide-by-zero');
    expect(result.exitStatus).toBe(native['divide-by-zero'].status);
    expect(result.report[0]).toBe('Floating point exception');
    expect(result.report[2]).toBe('  at 0x400008 <main+0x8>: idiv ecx');
  });

  it('recursion: the stack overflows into the guard page', async () => {
    const result = await run('recursion');
    expect(result.exitStatus).toBe(native.recursion.status);
    expect(result.report[1]).toMatch(/stack overflow \(write at 0x7fffff7fe[0-9a-f]{3}, below the 8 MiB stack\)/);
    expect(result.report[2]).toMatch(/<main(\+0x1)?>: (push rbp|call 0x400000)/);
  });

  it('puts(NULL): segfault reported at the call', async () => {
    const result = await run('puts-null');
    expect(result.exitStatus).toBe(native['puts-null'].status);
    expect(result.report[1]).toMatch(/read from unmapped address 0x0 \(rip 0x200010\)/);
    expect(result.report[2]).toBe('  in puts, called from 0x400006 <main+0x6>: call 0x200010 <puts>');
  });
});

describe('limits and link errors', () => {
  it('--timeout stops a runaway loop with status 124', async () => {
    const result = await run('runaway', { timeoutSeconds: 0.2 });
    expect(result.exitStatus).toBe(124);
    expect(result.ending).toBe('timeout');
  });

  it('a function libc lacks is an undefined reference before anything runs', async () => {
    await expect(run('repl')).rejects.toThrow(LinkError);
    await expect(run('repl')).rejects.toThrow(/undefined reference to `printf'/);
  });
});
