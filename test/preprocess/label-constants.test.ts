// Label differences seen by preprocessor expressions: `len equ $ - msg` then `%rep len`. The
// counts below are what nasm -felf64 assembles for the same lines; where our separate
// preprocessing cannot be sure of a size (nasm, sizing instructions as it goes, can), the name
// stays unknown rather than guessed.

import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/common/diagnostic.ts';
import { preprocess } from '../../src/preprocess/preprocess.ts';

function run(text: string) {
  const result = preprocess({ file: 'u.asm', text });
  return { lines: result.lines.map((l) => l.text ?? ''), messages: result.diagnostics.map(formatDiagnostic) };
}

const repeated = (text: string, line: string): number => run(text).lines.filter((l) => l === line).length;

describe('label differences seen by preprocessor expressions', () => {
  it('sizes strings, numbers and floats of every data width', () => {
    const source = 'section .data\nmsg: db "hello", 10\nlen equ $ - msg\n%rep len\nnop\n%endrep';
    expect(repeated(source, 'nop')).toBe(6);
    expect(repeated("w: dw 'abc', 1\ndd 'hello', 2.5\ndq 1\ndt 1.5\ndo 0.0\nn equ $ - w\n%rep n\nnop\n%endrep", 'nop')).toBe(6 + 12 + 8 + 10 + 16);
  });

  it('lets %if and %assign read them too', () => {
    const { lines, messages } = run('a: times 3 db 0\nb:\nd equ b - a\n%if d == 3\ndb 1\n%endif\n%assign e d * 2\ndb e');
    expect(messages).toEqual([]);
    expect(lines.slice(-2)).toEqual(['db 1', 'db 6']);
  });

  it('follows reservations, times, align padding and each section separately', () => {
    const source = [
      'section .bss', 'b0: resb 3', 'section .data', 'd0: dd 1', 'section .bss', 'resq 2', 'alignb 8', 'b1:',
      'section .data', 'd1:', 'n equ (b1 - b0) * 10 + (d1 - d0)', '%assign v n', 'db v',
    ].join('\n');
    expect(run(source).lines.at(-1)).toBe('db 244');
  });

  it('knows structure offsets and sizes laid out in absolute space', () => {
    const source = 'struc pt\n.x: resd 1\n.y: resq 1\nendstruc\n%assign v pt_size * 100 + pt.y\ndb v';
    expect(run(source).lines.at(-1)).toBe('db 1204');
  });

  it('measures from a label after code, but not across it', () => {
    const after = 'mov eax, 1\nm: db 1, 2\nn equ $ - m\n%rep n\nnop\n%endrep';
    expect(repeated(after, 'nop')).toBe(2);
    const across = 'a: mov eax, 1\nb:\nn equ b - a\n%rep n\n%endrep';
    expect(run(across).messages).toEqual(["u.asm:4: error: symbol `n' not defined before use"]);
  });

  it('gives out no address itself, only differences', () => {
    expect(run('section .data\nmsg: db 1\n%if msg\n%endif').messages).toEqual(["u.asm:3: error: symbol `msg' not defined before use"]);
  });

  it('drops what depends on a count it cannot know', () => {
    const source = 'a: times LATER db 0\nb:\nn equ b - a\n%if n\n%endif\nLATER equ 2';
    expect(run(source).messages).toEqual(["u.asm:4: error: symbol `n' not defined before use"]);
  });

  it('forgets an absolute address once code of unknown size follows it', () => {
    const source = 'absolute 0x10\nx: resb 1\nmov eax, 1\nmov ebx, 2\ny: resb 1\nz:\n%assign v (z - y) * 100 + x\ndb v\n%assign w y';
    const { lines, messages } = run(source);
    expect(lines).toContain('db 116');
    expect(messages).toEqual(["u.asm:9: error: symbol `y' not defined before use"]);
  });

  it('leaves a data line without operands to the assembler', () => {
    expect(run('a: db\nb:\nn equ b - a\n%if n\n%endif').messages).toEqual(["u.asm:4: error: symbol `n' not defined before use"]);
  });

  it('does not hang local names from a line that may have been a label', () => {
    const source = 'top:\nfoo mov eax, 1\n.a: db 1\n.b:\n.n equ .b - .a\n%if .n\n%endif';
    expect(run(source).messages).toEqual(["u.asm:6: error: symbol `.n' not defined before use"]);
    const later = 'top:\n.x mov eax, 2\nfoo mov eax, 1\nmov ebx, 3\n.a: db 1\n.b:\n.n equ .b - .a\n%if .n\n%endif';
    expect(run(later).messages).toEqual(["u.asm:8: error: symbol `.n' not defined before use"]);
  });

  it('hangs local names from the label above a local one written before an instruction', () => {
    // nasm assembles `db 5` here: `.x` is top.x, and `.n` is top.n.
    const source = 'top:\n.x mov eax, 2\n.a: db 1\n.b:\n.n equ .b - .a\n%if .n == 1\ndb 5\n%endif';
    expect(run(source).lines.at(-1)).toBe('db 5');
  });
});

describe('addresses written in the directive itself', () => {
  it('reads $ - label and label - label in %rep and %if', () => {
    const source = 'msg: db "abc"\n%rep $ - msg\nnop\n%endrep\nend:\n%if end - msg == 6\ndb 1\n%endif';
    const { lines, messages } = run(source);
    expect(messages).toEqual([]);
    expect(lines.filter((l) => l === 'nop')).toHaveLength(3);
    expect(lines.at(-1)).toBe('db 1');
  });

  it('still refuses an address on its own', () => {
    expect(run('msg: db 1\n%rep $\n%endrep').messages).toEqual(["u.asm:2: error: non-constant value given to `%rep'"]);
  });
});
