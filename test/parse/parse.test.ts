// Statement parsing: labels and local-label scoping, data, reservations, equ, times and directives.

import { describe, expect, it } from 'vitest';
import { parseSource } from './helpers.ts';

describe('parseProgram', () => {
  it('scopes local labels to the last non-local label, `..@` labels excepted', () => {
    const program = parseSource(['main:', '.loop: jmp .loop', '..@1.x:', '.again: nop', 'other:', '.loop:'].join('\n'));
    const labels = program.statements.filter((s) => s.kind === 'label').map((s) => (s.kind === 'label' ? s.name : ''));
    expect(labels).toEqual(['main', 'main.loop', '..@1.x', 'main.again', 'other', 'other.loop']);
    const jump = program.statements.find((s) => s.kind === 'instruction');
    expect(jump).toMatchObject({ operands: [{ kind: 'immediate', value: { kind: 'symbol', name: 'main.loop' } }] });
  });

  it('reads labels without colons before data and warns about a lone one', () => {
    const program = parseSource('msg db "hi", 10, 0\nlooptop');
    expect(program.statements[0]).toMatchObject({ kind: 'label', name: 'msg' });
    expect(program.statements[1]).toMatchObject({ kind: 'data', unitSize: 1, items: [{ kind: 'string' }, { kind: 'expr' }, { kind: 'expr' }] });
    expect(program.diagnostics).toEqual([
      { file: 't.asm', line: 2, severity: 'warning', message: 'label alone on a line without a colon might be in error [-w+label-orphan]' },
    ]);
  });

  it('reads equ, times, reservations and prefixes', () => {
    const program = parseSource('len equ $ - msg\ntimes 4 db 0\nbuf resq 2\nrep movsb');
    expect(program.statements.map((s) => s.kind)).toEqual(['equ', 'data', 'label', 'reserve', 'instruction']);
    expect(program.statements[1]).toMatchObject({ times: { kind: 'number', value: 4n } });
    expect(program.statements[3]).toMatchObject({ unitSize: 8 });
    expect(program.statements[4]).toMatchObject({ prefixes: ['rep'], mnemonic: 'movsb' });
  });

  it('reads section attributes and symbol directives', () => {
    const program = parseSource('section .data write align=16\n[section .text]\nglobal main:function hidden, x\nextern puts, printf\ndefault rel');
    expect(program.statements).toMatchObject([
      { kind: 'section', name: '.data', attributes: { write: true, align: 16 } },
      { kind: 'section', name: '.text' },
      { kind: 'global', name: 'main', attributes: { type: 'function', visibility: 'hidden' } },
      { kind: 'global', name: 'x' },
      { kind: 'extern', name: 'puts' },
      { kind: 'extern', name: 'printf' },
      { kind: 'default', addressing: 'rel' },
    ]);
  });

  it.each([
    [': nop', 'label or instruction expected at start of line'],
    ['equ 5', 'EQU not preceded by label'],
    ['[frobnicate 1]', 'unrecognized directive [frobnicate]'],
    ['mov rax,', 'invalid combination of opcode and operands'],
    ['db "abc', 'expression syntax error'],
  ])('rejects %s', (line, message) => {
    expect(parseSource(line).diagnostics.map((d) => d.message)).toEqual([message]);
  });
});
