// The single pass over statements as they are parsed: when it says it is final, its object is the
// one the passes over kept statements make; when a later line could change an earlier one's
// meaning, it declines and leaves the work to them.

import { beforeAll, describe, expect, it } from 'vitest';
import { encode, StreamedPass } from '../../src/encode/encode.ts';
import { TemplateEncoder } from '../../src/encode/keystone.ts';
import { writeElf } from '../../src/elf/write.ts';
import { preprocessEach } from '../../src/preprocess/preprocess.ts';
import { ProgramParser } from '../../src/parse/parse.ts';

let encoder: TemplateEncoder;
beforeAll(async () => {
  encoder = await TemplateEncoder.create(64);
});

function streamed(text: string): Uint8Array | undefined {
  const pass = new StreamedPass({ encoder });
  const parser = new ProgramParser((statement) => pass.take(statement));
  preprocessEach({ file: 't.asm', text }, {}, (line) => parser.parseLine(line));
  expect(parser.statements).toHaveLength(0);
  const encoded = pass.finish(parser.diagnostics);
  return encoded && writeElf(encoded, 't.asm');
}

function kept(text: string): Uint8Array {
  const parser = new ProgramParser();
  const { diagnostics } = preprocessEach({ file: 't.asm', text }, {}, (line) => parser.parseLine(line));
  const encoded = encode({ statements: parser.statements, diagnostics: [...diagnostics, ...parser.diagnostics] }, { encoder });
  return writeElf(encoded, 't.asm');
}

const hex = (bytes: Uint8Array | undefined) => (bytes ? Buffer.from(bytes).toString('hex') : 'declined');

describe('streamed first pass', () => {
  it.each([
    ['backward references and relocations', 'extern puts\nglobal main\nsection .rodata\nmsg db "hi", 0\nsection .text\nmain:\n  lea rdi, [rel msg]\n  call puts wrt ..plt\n  ret\n'],
    ['a forward jump its short guess reaches', 'f:\n  cmp eax, 1\n  jl .done\n  inc eax\n.done:\n  ret\n'],
    ['global declared after its label', 'main:\n  ret\nglobal main\n'],
    ['data sized by `$`', 'section .data\nmsg db "hello"\nlen equ $ - msg\nsection .text\n  mov edx, len\n'],
  ])('is final, with the same object, for %s', (_, text) => {
    const once = streamed(text);
    expect(once).toBeDefined();
    expect(hex(once)).toBe(hex(kept(text)));
  });

  it.each([
    ['a forward jump beyond short reach', 'f:\n  jmp .far\n  times 200 nop\n.far:\n  ret\n'],
    ['a symbol used before its extern', 'call puts wrt ..plt\nextern puts\n'],
    ['a label later declared extern', 'foo:\n  ret\nextern foo\n'],
    ['an extern later defined', 'extern foo\nfoo:\n  ret\n'],
    ['a forward `equ`', '  mov eax, later\nlater equ 5\n'],
    ['an undefined symbol', '  mov eax, nowhere\n'],
  ])('declines for %s', (_, text) => {
    expect(streamed(text)).toBeUndefined();
  });
});
