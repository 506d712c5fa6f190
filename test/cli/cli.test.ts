// The installed command (bin/run-asm.cjs, bundled by the global setup) as users run it: the REPL's
// golden sessions over pipes and on a real pseudo-terminal (screens recorded from the native build
// by fixtures/regenerate.sh), several inputs, -c, --timeout, Ctrl-C, crashes, and every kind of bad
// input ending in a message and status 1.

import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'bin', 'run-asm.cjs');
const fixture = (name: string) => join(root, 'test', 'cli', 'fixtures', name);
const runFixture = (name: string) => join(root, 'test', 'run', 'fixtures', name);
const linkFixture = (name: string) => join(root, 'test', 'link', 'fixtures', name);
const packageVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

const REPL_INPUT = 'help\nadd 5 7\nadd 1 2\nwhat\nquit\n';
const REPL_OUTPUT = '> commands: help add quit\n> 12\n> 3\n> unknown command\n> bye\n';

function runAsm(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input: options.input ?? '',
    env: options.env ?? process.env,
    encoding: 'latin1',
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'run-asm-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the REPL from the seed article, piped', () => {
  it('answers the golden session exactly, from source', () => {
    const result = runAsm(['asm/repl.asm'], { input: REPL_INPUT });
    expect(result.stdout).toBe(REPL_OUTPUT);
    expect(readFileSync(fixture('repl-session.pipe.txt'), 'latin1')).toBe(REPL_OUTPUT);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('answers the same from the object real nasm made', () => {
    const result = runAsm([runFixture('repl.o')], { input: REPL_INPUT });
    expect(result.stdout).toBe(REPL_OUTPUT);
    expect(result.status).toBe(0);
  });

  it('ends at end of input as the native program does', () => {
    const result = runAsm(['asm/repl.asm'], { input: 'add 2 3\n' });
    expect(result.stdout).toBe(readFileSync(fixture('repl-eof.pipe.txt'), 'latin1'));
    expect(result.status).toBe(0);
  });
});

const python = spawnSync('python3', ['-c', 'import pty'], { encoding: 'utf8' });
const hasPty = python.status === 0;

describe.skipIf(!hasPty)('the REPL on a pseudo-terminal (python3 pty; skipped without python3)', () => {
  const session = (lines: string) =>
    spawnSync('python3', [join(root, 'test', 'cli', 'pty-session.py'), '> ', lines, '--', process.execPath, cli, 'asm/repl.asm'], {
      cwd: root,
      encoding: 'latin1',
    });

  it('shows the prompt first, then the echoed input and answers, like the native program', () => {
    const result = session('help\nadd 5 7\nadd 1 2\nwhat\nquit');
    expect(result.stdout).toBe(readFileSync(fixture('repl-session.pty.txt'), 'latin1'));
    expect(result.status).toBe(0);
  });

  it('ends on Ctrl-D like the native program', () => {
    const result = session('add 2 3\n<EOF>');
    expect(result.stdout).toBe(readFileSync(fixture('repl-eof.pty.txt'), 'latin1'));
    expect(result.status).toBe(0);
  });
});

describe('running programs', () => {
  it('runs asm/hello.asm', () => {
    const result = runAsm(['asm/hello.asm']);
    expect(result.stdout).toBe('Hello from NASM + glibc (puts)!\n');
    expect(result.status).toBe(0);
  });

  it('links several sources, and several nasm objects, with -- before the arguments', () => {
    for (const inputs of [
      [linkFixture('two-main.asm'), linkFixture('two-util.asm')],
      [linkFixture('two-main.o'), linkFixture('two-util.o')],
    ]) {
      const result = runAsm([...inputs, '--', 'ignored']);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(142); // twice(21) + counter (100)
    }
  });

  it('passes the words after the inputs to the program, -- included when it is not first', () => {
    const result = runAsm([runFixture('args.o'), 'one', '--', '-x']);
    expect(result.stdout).toBe(`${join(root, 'test', 'run', 'fixtures', 'args')}\none\n--\n-x\n`);
    expect(result.status).toBe(4);
  });

  it('reports a crash with the signal text and status 139, and names the source line', () => {
    const result = runAsm([runFixture('null-read.asm')]);
    expect(result.status).toBe(139);
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe('Segmentation fault');
    expect(lines[1]).toMatch(/null-read\.asm:9: error: read from unmapped address 0x0 \(rip 0x[0-9a-f]+\)$/);
    expect(lines[2]).toMatch(/<main\+0x[0-9a-f]+>: mov rax, qword ptr \[0\]$/);
  });

  it('--timeout stops a runaway loop with status 124', () => {
    const result = runAsm(['--timeout', '0.3', runFixture('runaway.o')]);
    expect(result.status).toBe(124);
    expect(result.stderr).toBe('run-asm: timed out after 0.3 s\n');
  });

  it('Ctrl-C (SIGINT) ends a runaway program as the default SIGINT action does (the shell shows 130)', async () => {
    const child = spawn(process.execPath, [cli, runFixture('runaway.o')], { cwd: root, stdio: 'ignore' });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    setTimeout(() => child.kill('SIGINT'), 500);
    const { code, signal } = await ended;
    expect(signal === 'SIGINT' || code === 130).toBe(true);
  });

  it('--trace prints each instruction, naming libc stubs', () => {
    const result = runAsm(['--trace', 'asm/hello.asm']);
    expect(result.stderr).toMatch(/^0x[0-9a-f]+ <main>: lea rdi, \[rip \+ 0x[0-9a-f]+\]\n/);
    expect(result.stderr).toMatch(/<main\+0x7>: call 0x[0-9a-f]+ <puts>\n/);
    expect(result.stdout).toBe('Hello from NASM + glibc (puts)!\n');
  });
});

describe('-I and -D reach the assembler, as with nasm', () => {
  it('finds %include files in -I directories and sees -D macros', () => {
    const result = runAsm(['-I', fixture('include'), '-D', 'GREETING="hi there"', '-DCODE=3', fixture('defines.asm')]);
    expect(result.stdout).toBe('hi there\n');
    expect(result.status).toBe(3);
  });
});

describe('-c: assemble only', () => {
  it('writes FILE.o beside the source, as nasm does, and the object runs', () => {
    const source = join(scratch, 'hello.asm');
    copyFileSync(join(root, 'asm', 'hello.asm'), source);
    const result = runAsm(['-c', source]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(join(scratch, 'hello.o'))).toBe(true);
    expect(runAsm([join(scratch, 'hello.o')]).stdout).toBe('Hello from NASM + glibc (puts)!\n');
  });

  it('says nothing of the engine internals it tunes, even when Node is asked to report deprecations', () => {
    for (const flag of ['--pending-deprecation', '--throw-deprecation']) {
      const result = runAsm(['-c', 'asm/hello.asm', '-o', join(scratch, 'quiet.o')], { env: { ...process.env, NODE_OPTIONS: flag } });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
  });

  it('assembles a long source, which it runs with V8\'s optimizing compiler, to the same object as a short one', () => {
    const line = (i: number) => `    mov eax, ${1_000_000 + i} ; a line of a long generated source\n`;
    const long = join(scratch, 'long.asm');
    writeFileSync(long, `BITS 64\nsection .text\n${Array.from({ length: 9_000 }, (_, i) => line(i)).join('')}`);
    expect(statSync(long).size).toBeGreaterThan(400_000);
    const result = runAsm(['-c', long, '-o', join(scratch, 'long.o')]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = readFileSync(join(scratch, 'long.o'));
    expect(text.includes(Buffer.from([0xb8, 0x40, 0x42, 0x0f, 0x00]))).toBe(true); // mov eax, 1000000
    expect(text.includes(Buffer.from([0xb8, 0x27, 0x65, 0x0f, 0x00]))).toBe(true); // mov eax, 1008999
  });

  it('writes where -o says', () => {
    const output = join(scratch, 'custom-name.o');
    expect(runAsm(['-c', 'asm/repl.asm', '-o', output]).status).toBe(0);
    expect(readFileSync(output).subarray(0, 4)).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
  });
});

describe('compiled code kept between runs', () => {
  const cacheHome = join(scratch, 'code-cache-home');
  const codeDirectory = join(cacheHome, 'run-asm', 'code');
  const assemble = (output: string, env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cacheHome }) =>
    runAsm(['-c', 'asm/repl.asm', '-o', join(scratch, output)], { env });
  const assemblerCaches = () => readdirSync(codeDirectory).filter((name) => name.startsWith('assemble-'));

  it('stores the assembler bundle\'s code cache once and uses it after', () => {
    expect(assemble('first.o').status).toBe(0);
    const [stored] = assemblerCaches();
    expect(assemblerCaches()).toHaveLength(1);
    const written = statSync(join(codeDirectory, stored!)).mtimeMs;
    expect(assemble('second.o').status).toBe(0);
    // taken as it was: V8 refusing it would have it made again
    expect(assemblerCaches()).toEqual([stored]);
    expect(statSync(join(codeDirectory, stored!)).mtimeMs).toBe(written);
    expect(readFileSync(join(scratch, 'second.o'))).toEqual(readFileSync(join(scratch, 'first.o')));
  });

  it('makes a damaged cache anew and assembles as before', () => {
    const [stored] = assemblerCaches();
    writeFileSync(join(codeDirectory, stored!), 'not a code cache');
    expect(assemble('third.o').status).toBe(0);
    expect(readFileSync(join(scratch, 'third.o'))).toEqual(readFileSync(join(scratch, 'first.o')));
    expect(readFileSync(join(codeDirectory, stored!)).length).toBeGreaterThan(1000);
  });

  it('leaves the caches of another installation alone', () => {
    const other = join(codeDirectory, 'assemble-0123abcd-OTHERBLD-0000000000000000.bin');
    writeFileSync(other, 'another installation\'s cache');
    const [stored] = assemblerCaches().filter((name) => name !== basename(other));
    rmSync(join(codeDirectory, stored!));
    expect(assemble('fifth.o').status).toBe(0);
    expect(existsSync(other)).toBe(true);
    expect(assemblerCaches()).toContain(stored);
  });

  it('stores nothing under RUN_ASM_NO_CACHE', () => {
    const elsewhere = join(scratch, 'no-cache-home');
    expect(assemble('fourth.o', { ...process.env, XDG_CACHE_HOME: elsewhere, RUN_ASM_NO_CACHE: '1' }).status).toBe(0);
    expect(existsSync(join(elsewhere, 'run-asm'))).toBe(false);
  });
});

describe('bad input: a message and status 1', () => {
  it('assembler errors, nasm-style', () => {
    const result = runAsm([fixture('bad-syntax.asm')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad-syntax\.asm:5: error: /);
    expect(result.stdout).toBe('');
  });

  it("an undefined function, in ld's words, before anything runs", () => {
    const result = runAsm([linkFixture('undefined.o')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${readFileSync(linkFixture('undefined.ld.txt'), 'utf8').trimEnd()}\n`);
  });

  it('a file that is not an object', () => {
    const fake = join(scratch, 'fake.o');
    copyFileSync(join(root, 'package.json'), fake);
    const result = runAsm([fake]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('run-asm: fake.o: not an ELF64 x86-64 relocatable object (no ELF magic number)\n');
  });

  it('a missing file', () => {
    expect(runAsm(['missing.o']).status).toBe(1);
    expect(runAsm(['missing.o']).stderr).toMatch(/missing\.o/);
    expect(runAsm(['missing.asm']).status).toBe(1);
  });

  it('no input, an unknown option, a non-input word', () => {
    for (const args of [[], ['--bogus', 'asm/hello.asm'], ['notes.txt']]) {
      const result = runAsm(args);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^run-asm: .*\nusage: run-asm/);
    }
  });

  it('a missing Unicorn library says how to install it', () => {
    const result = runAsm(['asm/hello.asm'], { env: { ...process.env, UNICORN_LIB: join(scratch, 'no-such-libunicorn.so') } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot load the Unicorn 2 library/);
    expect(result.stderr).toMatch(/apt-get install libunicorn2/);
    expect(result.stderr).toMatch(/brew install unicorn/);
  });
});

describe('--help and --version', () => {
  it('--help shows usage', () => {
    const result = runAsm(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: run-asm /);
    expect(result.stdout).toContain('--timeout SECS');
  });

  it('--version shows the package version', () => {
    expect(runAsm(['--version']).stdout).toBe(`run-asm ${packageVersion}\n`);
  });
});
