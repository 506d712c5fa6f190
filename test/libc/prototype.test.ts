// C prototypes parsed into parameter classes, and the registry as a whole.
import { describe, expect, it } from 'vitest';
import { SHIM_ENTRIES } from '../../src/libc/index.ts';
import { parsePrototype } from '../../src/libc/prototype.ts';

describe('parsePrototype', () => {
  it('reads names, classes and variadic', () => {
    const printf = parsePrototype('int printf(const char *format, ...)');
    expect(printf).toMatchObject({ name: 'printf', result: 'int32', variadic: true });
    expect(printf.parameters).toEqual([{ name: 'format', valueClass: 'size', unsigned: true }]);
    const getline = parsePrototype('ssize_t getline(char **lineptr, size_t *n, FILE *stream)');
    expect(getline.result).toBe('int64');
    expect(getline.parameters.map((p) => p.name)).toEqual(['lineptr', 'n', 'stream']);
    expect(parsePrototype('double atof(const char *nptr)').result).toBe('double');
    expect(parsePrototype('int getchar(void)').parameters).toEqual([]);
    expect(parsePrototype('unsigned long strtoul(const char *nptr, char **endptr, int base)').resultUnsigned).toBe(true);
    expect(parsePrototype('char *strchr(const char *s, int c)')).toMatchObject({ name: 'strchr', result: 'size' });
  });

  it('rejects what it cannot read', () => {
    expect(() => parsePrototype('int broken')).toThrow(/cannot read/);
    expect(() => parsePrototype('int f(struct foo x)')).toThrow(/unknown type/);
  });
});

describe('the registry', () => {
  it('has one entry per C name', () => {
    const names = SHIM_ENTRIES.map((entry) => entry.prototype.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['puts', 'printf', 'getline', 'strcmp', 'atoi', 'malloc', 'calloc', 'realloc', 'free', 'exit', 'fflush', 'putchar']));
  });
});
