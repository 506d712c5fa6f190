// string and ctype shims against glibc's own results (native/strings.out).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, SCRATCH, type Harness } from './harness.ts';

let h: Harness;
afterEach(() => h?.close());

const glibc = readFileSync(new URL('./native/strings.out', import.meta.url), 'latin1').trim().split('\n');
const int = (value: bigint) => BigInt.asIntN(32, value);

describe('comparisons and ctype match glibc', () => {
  it('prints what native/strings.c printed', () => {
    h = createHarness();
    const s = (text: string) => h.string(text);
    const cmp = (a: string, b: string) => int(h.call('strcmp', [s(a), s(b)]));
    const ncmp = (a: string, b: string, n: number) => int(h.call('strncmp', [s(a), s(b), n]));
    const mem = (a: string, b: string, n: number) => int(h.call('memcmp', [s(a), s(b), n]));
    const lines = [
      `strcmp ${[cmp('a', 'c'), cmp('abc', 'ab'), cmp('ab', 'abc'), cmp('\xff', 'a'), cmp('x', 'x'), cmp('', 'A')].join(' ')}`,
      `strncmp ${[ncmp('abd', 'abc', 3), ncmp('abd', 'abc', 2), ncmp('ab', 'abc', 5), ncmp('a', 'b', 0)].join(' ')}`,
      `memcmp ${[mem('a', 'c', 1), mem('\xff', 'a', 1), mem('ab\0x', 'ab\0y', 4)].join(' ')}`,
    ];
    const caseCmp = (a: string, b: string) => int(h.call('strcasecmp', [s(a), s(b)]));
    lines.push(`strcasecmp ${[caseCmp('Hello', 'hELLo'), caseCmp('a', 'B'), caseCmp('[', 'a'), int(h.call('strncasecmp', [s('abcX'), s('ABCy'), 3]))].join(' ')}`);
    const span = (name: string, a: string, b: string) => h.call(name, [s(a), s(b)]);
    lines.push(`span ${[span('strspn', '  \tword', ' \t'), span('strcspn', 'key=value', '=;'), span('strcspn', 'abc', 'xyz'), span('strspn', 'abc', '')].join(' ')}`);
    const text = s(',,alpha, beta,,gamma;');
    const delimiters = s(', ;');
    let tokens = 'strtok';
    for (let token = Number(h.call('strtok', [text, delimiters])); token !== 0; token = Number(h.call('strtok', [0, delimiters]))) {
      tokens += ` [${h.readString(token)}]@${token - text}`;
    }
    lines.push(tokens);
    const classes = ['isalpha', 'isdigit', 'isalnum', 'isspace', 'isupper', 'islower', 'isxdigit', 'ispunct', 'isprint', 'iscntrl', 'isblank', 'toupper', 'tolower'];
    for (let c = -1; c < 256; c++) lines.push(`ctype ${c} ${classes.map((name) => int(h.call(name, [c]))).join(' ')}`);
    expect(lines).toEqual(glibc);
  });
});

describe('copies and searches', () => {
  it('strcpy, strcat, strncpy, strlen, strdup', () => {
    h = createHarness();
    const buffer = SCRATCH + 0x8000;
    expect(h.call('strcpy', [buffer, h.string('abc')])).toBe(BigInt(buffer));
    h.call('strcat', [buffer, h.string('def')]);
    expect(h.readString(buffer)).toBe('abcdef');
    expect(h.call('strlen', [buffer])).toBe(6n);
    h.engine.writeMemory(buffer, new Uint8Array(8).fill(0x7a));
    h.call('strncpy', [buffer, h.string('ab'), 4]);
    expect([...h.engine.readMemory(buffer, 6)]).toEqual([0x61, 0x62, 0, 0, 0x7a, 0x7a]);
    const copy = Number(h.call('strdup', [h.string('dup')]));
    expect(h.readString(copy)).toBe('dup');
  });

  it('strchr, strrchr, strstr return pointers into the string or NULL', () => {
    h = createHarness();
    const s = h.string('hello world');
    expect(h.call('strchr', [s, 0x6f])).toBe(BigInt(s + 4));
    expect(h.call('strrchr', [s, 0x6f])).toBe(BigInt(s + 7));
    expect(h.call('strchr', [s, 0])).toBe(BigInt(s + 11));
    expect(h.call('strchr', [s, 0x71])).toBe(0n);
    expect(h.call('strstr', [s, h.string('wor')])).toBe(BigInt(s + 6));
    expect(h.call('strstr', [s, h.string('')])).toBe(BigInt(s));
    expect(h.call('strstr', [s, h.string('xyz')])).toBe(0n);
  });

  it('a huge length faults at the end of mapped memory instead of exhausting the host', () => {
    h = createHarness();
    const buffer = SCRATCH + 0x8000;
    expect(() => h.call('memset', [buffer, 0, 2n ** 40n])).toThrow(/write to unmapped address 0x30100000/);
    expect(() => h.call('memcpy', [buffer, SCRATCH, 2n ** 62n])).toThrow(/read from unmapped address 0x30100000/);
    // memcmp and memchr stop at the first difference or match, before any unmapped page
    const a = h.string('abc');
    const b = h.string('abd');
    expect(BigInt.asIntN(32, h.call('memcmp', [a, b, 2n ** 40n]))).toBe(-1n);
    expect(h.call('memchr', [a, 0x63, 2n ** 40n])).toBe(BigInt(a + 2));
  });

  it('memset, memcpy, memmove with overlap', () => {
    h = createHarness();
    const buffer = SCRATCH + 0x8000;
    h.call('memset', [buffer, 0x141, 4]);
    expect(h.readString(buffer)).toBe('AAAA');
    h.engine.writeMemory(buffer, Buffer.from('123456\0'));
    h.call('memmove', [buffer + 2, buffer, 4]);
    expect(h.readString(buffer)).toBe('121234');
    h.call('memcpy', [buffer, h.string('xy'), 2]);
    expect(h.readString(buffer)).toBe('xy1234');
  });
});
