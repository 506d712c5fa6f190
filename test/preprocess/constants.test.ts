import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/common/diagnostic.ts';
import { preprocess } from '../../src/preprocess/preprocess.ts';

function run(text: string) {
  const result = preprocess({ file: 'u.asm', text });
  return { lines: result.lines.map((l) => l.text ?? ''), messages: result.diagnostics.map(formatDiagnostic) };
}

// Outputs as nasm -felf64 assembles the same lines (the %rep and %if counts decide the bytes).
describe('equ constants seen by preprocessor expressions', () => {
  it('lets %rep, %if and %assign use an equ defined above them', () => {
    const { lines, messages } = run('COUNT equ 3\n%if COUNT > 2\ndb 1\n%endif\n%assign y COUNT*2\ndb y\n%rep COUNT\nnop\n%endrep');
    expect(messages).toEqual([]);
    expect(lines.filter((l) => !l.includes('equ'))).toEqual(['db 1', 'db 6', 'nop', 'nop', 'nop']);
  });

  it('hangs local names from the last label, and builds on earlier constants', () => {
    const source = 'N equ 2\nfoo:\n.k equ N+1\n%rep foo.k\ndb 9\n%endrep\nbar db 2\n.k equ 1\n%rep .k\ndb 7\n%endrep';
    const { lines, messages } = run(source);
    expect(messages).toEqual([]);
    expect(lines.filter((l) => l.startsWith('db'))).toEqual(['db 9', 'db 9', 'db 9', 'db 7']);
  });

  it('still refuses a name defined only later', () => {
    expect(run('%if LATER\n%endif\nLATER equ 1').messages).toEqual(["u.asm:1: error: symbol `LATER' not defined before use"]);
  });

  it('evaluates an equ in the mode of its own line, though it is only read later', () => {
    // nasm keeps 4 bytes of a character constant in 32-bit mode: dd 0x64636261.
    expect(run("bits 32\nx equ 'abcde'\nbits 64\n%assign v x\ndd v").lines.at(-1)).toBe('dd 1684234849');
  });

  it('keeps the first value when a name is defined twice (the assembler reports the clash)', () => {
    expect(run('X equ 2\nX equ 3\n%assign z X\ndb z').lines.at(-1)).toBe('db 2');
  });
});
