// Reading source as nasm does: lines end at a line break (LF, CRLF or CR) and, C-string style, at
// a NUL byte; a folder given to %include reads as an empty file.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/common/read-source.ts';
import { SourceLines } from '../../src/preprocess/source-lines.ts';
import { preprocess } from '../../src/preprocess/preprocess.ts';

function allLines(text: string): string[] {
  const source = new SourceLines(text);
  const lines: string[] = [];
  for (let line = source.next(); line !== undefined; line = source.next()) lines.push(line);
  return lines;
}

describe('source lines', () => {
  it('ends a line at a NUL byte, as nasm reading C strings does', () => {
    expect(allLines('mov eax, 1\0 garbage\nret\n')).toEqual(['mov eax, 1', 'ret']);
    expect(allLines('a\r\nb\0c\r\n')).toEqual(['a', 'b']);
  });

  it('reads a folder as an empty file and a missing file as nothing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'run-asm-read-'));
    try {
      expect(readSource(folder)).toBe('');
      expect(readSource(join(folder, 'absent.asm'))).toBeUndefined();
      const result = preprocess({ file: 'u.asm', text: `%include "${folder}"\nnop` });
      expect(result.diagnostics).toEqual([]);
      expect(result.lines.map((l) => l.text)).toEqual(['nop']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
