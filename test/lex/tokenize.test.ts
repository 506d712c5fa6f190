import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/common/diagnostic.ts';
import { tokenizeLine } from '../../src/lex/tokenize.ts';
import type { Token } from '../../src/lex/token.ts';

const here = { file: 't.asm', line: 3 };
const literals = JSON.parse(readFileSync(new URL('fixtures/literals.json', import.meta.url), 'utf8')) as {
  numbers: { text: string; hex: string }[];
  strings: { text: string; hex: string }[];
};

const hexOf = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const shape = (tokens: Token[]): string[] => tokens.map((t) => `${t.kind}:${t.text}`);

function littleEndian64(value: bigint): string {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(value);
  return b.toString('hex');
}

describe('numbers, checked against the bytes nasm emits for dq', () => {
  for (const { text, hex } of literals.numbers) {
    it(text, () => {
      const [token, end] = tokenizeLine(text, here);
      expect(end!.kind).toBe('end');
      if (token!.kind === 'string') {
        expect((hexOf(token!.bytes!) + '0'.repeat(16)).slice(0, 16)).toBe(hex);
      } else {
        expect(token!.kind).toBe('number');
        expect(littleEndian64(token!.value!)).toBe(hex);
      }
    });
  }
});

describe('strings, checked against the bytes nasm emits for db', () => {
  for (const { text, hex } of literals.strings) {
    it(text, () => {
      // Sources are read byte for byte, as the assembler reads files.
      const tokens = tokenizeLine(Buffer.from(text, 'utf8').toString('latin1'), here);
      expect(tokens).toHaveLength(2);
      expect(tokens[0]!.kind).toBe('string');
      expect(hexOf(tokens[0]!.bytes!)).toBe(hex);
    });
  }
});

describe('tokenizeLine', () => {
  it('splits an instruction line and drops the comment', () => {
    const tokens = tokenizeLine('  mov rax, [rel msg+8] ; load "it"', here);
    expect(shape(tokens)).toEqual([
      'identifier:mov', 'identifier:rax', 'operator:,', 'operator:[', 'identifier:rel',
      'identifier:msg', 'operator:+', 'number:8', 'operator:]', 'end:',
    ]);
    expect(tokens.every((t) => t.location === here)).toBe(true);
    expect(tokens[0]!.spaceBefore).toBe(true);
    expect(tokens[3]!.spaceBefore).toBe(true);
    expect(tokens[4]!.spaceBefore).toBeUndefined();
  });

  it('keeps a semicolon inside a string', () => {
    expect(shape(tokenizeLine("db 'a;b', 0 ; c", here))).toEqual(['identifier:db', "string:'a;b'", 'operator:,', 'number:0', 'end:']);
  });

  it('reads identifier characters as nasm does', () => {
    expect(shape(tokenizeLine('.loop ..@3.x a#b~c$d ?q @at _x', here))).toEqual([
      'identifier:.loop', 'identifier:..@3.x', 'identifier:a#b~c$d', 'identifier:?q', 'identifier:@at', 'identifier:_x', 'end:',
    ]);
  });

  it('separates $, $$, $-prefixed hex and escaped identifiers', () => {
    const tokens = tokenizeLine('$ $$ $1f $mov', here);
    expect(shape(tokens)).toEqual(['here:$', 'section-start:$$', 'number:$1f', 'identifier:mov', 'end:']);
    expect(tokens[3]!.escaped).toBe(true);
  });

  it('recognises floats', () => {
    expect(shape(tokenizeLine('1.5 1e10 1.e+10 0x1.8p3 1. 3e-2', here))).toEqual([
      'float:1.5', 'float:1e10', 'float:1.e+10', 'float:0x1.8p3', 'float:1.', 'float:3e-2', 'end:',
    ]);
  });

  it('does not take 0x1e+5 as a float', () => {
    expect(shape(tokenizeLine('0x1e+5', here))).toEqual(['number:0x1e', 'operator:+', 'number:5', 'end:']);
  });

  it('takes the longest operator', () => {
    expect(shape(tokenizeLine('a<<<b>>>c<=>d<>e//f%%g^^h', here, { afterPreprocessing: true })).filter((s) => s.startsWith('operator'))).toEqual([
      'operator:<<<', 'operator:>>>', 'operator:<=>', 'operator:<>', 'operator://', 'operator:%%', 'operator:^^',
    ]);
  });

  it('marks a malformed number by leaving out its value', () => {
    const [token] = tokenizeLine('12ab', here);
    expect(token!.kind).toBe('number');
    expect(token!.value).toBeUndefined();
  });

  it('warns about an unterminated string in nasm words', () => {
    const diagnostics: Diagnostic[] = [];
    const [, token] = tokenizeLine("db 'abc", here, { diagnostics });
    expect(token!.unterminated).toBe(true);
    expect(diagnostics).toEqual([{ file: 't.asm', line: 3, severity: 'warning', message: "unterminated string (missing `'') [-w+pp-open-string]" }]);
  });

  it('scans preprocessor forms', () => {
    expect(shape(tokenizeLine('%define %1 %-1 %+1 %+ %%x %$ctx %$$up %{1:-1} %[a %+ b] %? %?? %!HOME %0', here))).toEqual([
      'preprocessor:%define', 'preprocessor:%1', 'preprocessor:%-1', 'preprocessor:%+1', 'preprocessor:%+',
      'preprocessor:%%x', 'preprocessor:%$ctx', 'preprocessor:%$$up', 'preprocessor:%{1:-1}',
      'preprocessor:%[a %+ b]', 'preprocessor:%?', 'preprocessor:%??', 'preprocessor:%!HOME', 'preprocessor:%0', 'end:',
    ]);
  });

  it('leaves % as the modulo operator after preprocessing', () => {
    expect(shape(tokenizeLine('5%3', here, { afterPreprocessing: true }))).toEqual(['number:5', 'operator:%', 'number:3', 'end:']);
    expect(shape(tokenizeLine('5 % 3 %% 2', here))).toEqual(['number:5', 'operator:%', 'number:3', 'operator:%%', 'number:2', 'end:']);
  });
});
