// Command-line parsing: options first, then inputs, then the program's arguments (at `--` or the
// first word that is no input); -c/-o as nasm takes them; usage errors as UsageError.

import { describe, expect, it } from 'vitest';
import { objectNameFor, parseCommandLine, programNameFor, UsageError } from '../../src/run/command-line.ts';

describe('parseCommandLine', () => {
  it('splits inputs from program arguments at the first non-input word', () => {
    expect(parseCommandLine(['main.asm', 'util.o', 'x.asm.txt', '-v'])).toMatchObject({
      kind: 'run',
      inputs: ['main.asm', 'util.o'],
      programArguments: ['x.asm.txt', '-v'],
    });
  });

  it('drops one -- and keeps everything after it, inputs-looking words included', () => {
    expect(parseCommandLine(['a.asm', '--', 'b.asm', '--'])).toMatchObject({ inputs: ['a.asm'], programArguments: ['b.asm', '--'] });
  });

  it('reads options before the inputs, attached or separate', () => {
    expect(parseCommandLine(['-Iinc', '-I', 'lib', '-DX=1', '-D', 'Y', '--timeout', '2.5', '--trace', 'a.asm'])).toEqual({
      kind: 'run',
      inputs: ['a.asm'],
      programArguments: [],
      includePaths: ['inc', 'lib'],
      defines: { X: '1', Y: '' },
      timeoutSeconds: 2.5,
      trace: true,
    });
  });

  it('-c with and without -o, options on either side of the source', () => {
    expect(parseCommandLine(['-c', 'dir/x.asm'])).toMatchObject({ kind: 'assemble', input: 'dir/x.asm', output: 'dir/x.o' });
    expect(parseCommandLine(['-c', 'x.asm', '-o', 'y.o'])).toMatchObject({ kind: 'assemble', output: 'y.o' });
    expect(parseCommandLine(['-o', 'y.o', '-c', 'x.asm'])).toMatchObject({ kind: 'assemble', output: 'y.o' });
  });

  it('refuses what cannot be meant', () => {
    for (const words of [[], ['--bogus', 'a.asm'], ['notes.txt'], ['--timeout', 'soon', 'a.asm'], ['-c', 'a.o'], ['-c', 'a.asm', 'b.asm'], ['-o', 'x.o', 'a.asm'], ['-I']]) {
      expect(() => parseCommandLine(words), words.join(' ')).toThrow(UsageError);
    }
  });

  it('--help and --version win', () => {
    expect(parseCommandLine(['--help', 'a.asm'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['--version'])).toEqual({ kind: 'version' });
  });
});

describe('names', () => {
  it('objectNameFor replaces the extension as nasm does', () => {
    expect(objectNameFor('dir/x.asm')).toBe('dir/x.o');
    expect(objectNameFor('x')).toBe('x.o');
    expect(objectNameFor('d.ir/.hidden')).toBe('d.ir/.hidden.o');
  });

  it('programNameFor gives argv[0] as ./name', () => {
    expect(programNameFor('hello.asm')).toBe('./hello');
    expect(programNameFor('asm/repl.asm')).toBe('asm/repl');
  });
});
