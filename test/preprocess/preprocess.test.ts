import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/common/diagnostic.ts';
import { preprocess, preprocessEach } from '../../src/preprocess/preprocess.ts';

function run(text: string, options: Parameters<typeof preprocess>[1] = {}) {
  const result = preprocess({ file: 'u.asm', text }, options);
  return {
    lines: result.lines.map((l) => l.text),
    at: result.lines.map((l) => `${l.location.file}:${l.location.line}`),
    messages: result.diagnostics.map(formatDiagnostic),
    result,
  };
}

describe('preprocess', () => {
  it('tracks __BITS__ through bits directives (64 by default for elf64)', () => {
    // nasm -felf64 assembles these four dd values to 64, 32, 16, 64.
    expect(run('dd __BITS__\nbits 32\ndd __BITS__\n[bits 16]\ndd __BITS__\nuse64\ndd __?BITS?__').lines).toEqual([
      'dd 64', 'bits 32', 'dd 32', '[bits 16]', 'dd 16', 'use64', 'dd 64',
    ]);
  });

  it('locates macro lines at the call site and %rep lines at their own line', () => {
    const { at } = run('%macro m 0\n  nop\n  nop\n%endmacro\n  m\n%rep 2\n  hlt\n%endrep\n');
    expect(at).toEqual(['u.asm:5', 'u.asm:5', 'u.asm:7', 'u.asm:7']);
  });

  it('hands the parser tokens scanned after preprocessing', () => {
    const { result } = run('%define M(x) x % 3\n  mov eax, M(7)');
    expect(result.lines[0]!.tokens.map((t) => `${t.kind}:${t.text}`)).toEqual([
      'identifier:mov', 'identifier:eax', 'operator:,', 'number:7', 'operator:%', 'number:3', 'end:',
    ]);
  });

  it('names an unknown directive', () => {
    expect(run('%frobnicate 1\nnop').messages).toEqual(['u.asm:1: error: label or instruction expected at start of line']);
  });

  it('takes definitions from options, like nasm -D', () => {
    expect(run('%ifdef DEBUG\ndb LEVEL\n%endif', { defines: { DEBUG: '', LEVEL: '3' } }).lines).toEqual(['db 3']);
  });

  it('reads includes through the given reader and include paths', () => {
    const files: Record<string, string> = { 'lib/defs.inc': '%define TEN 10\n' };
    const { lines, at } = run('%include "defs.inc"\ndb TEN', { includePaths: ['lib/'], readFile: (p) => files[p] });
    expect(lines).toEqual(['db 10']);
    expect(at).toEqual(['u.asm:2']);
  });

  it('reports errors inside an included file against that file', () => {
    const files: Record<string, string> = { 'bad.inc': 'nop\n%error inside\n' };
    expect(run('%include "bad.inc"', { readFile: (p) => files[p] }).messages).toEqual(['bad.inc:2: error: inside']);
  });

  it('stops at %fatal', () => {
    const { lines, messages } = run('db 1\n%fatal stop here\ndb 2');
    expect(lines).toEqual(['db 1']);
    expect(messages).toEqual(['u.asm:2: fatal: stop here']);
  });

  it('stops runaway %rmacro recursion with an error instead of hanging', () => {
    const { messages } = run('%rmacro r 0\n  r\n%endmacro\n  r');
    expect(messages.map((m) => m.split('\n')[0])).toEqual(['u.asm:4: error: interminable multiline macro recursion']);
  });

  it('does not expand a %macro inside its own expansion, as nasm does not', () => {
    const { lines } = run('%macro r 0\n  r\n%endmacro\n  r');
    expect(lines).toEqual(['r']);
  });

  it('honours %line as nasm 2.16 numbers it: the directive is line N, the next N + step', () => {
    expect(run('%line 100+1 other.asm\nnop\nnop').at).toEqual(['other.asm:101', 'other.asm:102']);
    expect(run('%line 10+0 other.asm\nnop\nnop').at).toEqual(['other.asm:10', 'other.asm:10']);
  });

  it('keeps labels and instructions of an ordinary program as they are', () => {
    const source = 'section .text\nglobal main\nmain:\n  lea rdi, [rel msg]\n  call puts wrt ..plt\n  ret\n';
    expect(run(source).lines).toEqual(['section .text', 'global main', 'main:', 'lea rdi, [rel msg]', 'call puts wrt ..plt', 'ret']);
  });

  it('splits a 20,000-line source without trouble', () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `  mov eax, ${i} ; line ${i}`).join('\n');
    const { lines } = run(`%define K 1\n${body}\n`);
    expect(lines).toHaveLength(20_000);
    expect(lines[19_999]).toBe('mov eax, 19999');
  });

  it('offers a plain line met again word for word for replay, when it was last met among recent lines', () => {
    const offered: number[] = [];
    const repeatable: number[] = [];
    const distinct = (from: number, count: number) => Array.from({ length: count }, (_, i) => `  mov eax, ${from + i}`);
    // `ret` is passed on as repeatable the second time and offered from the third. `push rbx` met
    // once and again only 2,000 distinct lines later is taken for new then.
    const text = ['  ret', '  nop', '  ret', '  ret', '  push rbx', ...distinct(0, 2000), '  push rbx', '  push rbx', '  push rbx'].join('\n');
    preprocessEach({ file: 'u.asm', text }, {}, (line) => {
      if (line.repeatable !== undefined) repeatable.push(line.location.line);
    }, (_text, at) => {
      offered.push(at.line);
      return true;
    });
    expect(repeatable).toEqual([3, 2007]);
    expect(offered).toEqual([4, 2008]);
  });
});
