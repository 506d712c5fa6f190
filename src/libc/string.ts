// string.h: byte strings and memory blocks in guest memory (strlen, strcmp, strcpy, memcpy, ...).
// Comparisons return the difference of the first differing bytes as unsigned chars, which is
// what glibc's x86-64 versions return.

import type { LibcContext } from './context.ts';
import { shim } from './registry.ts';

function compareBytes(a: Uint8Array, b: Uint8Array, limit: number): number {
  const length = Math.min(limit, Math.max(a.length, b.length));
  for (let i = 0; i < length; i++) {
    const x = i < a.length ? a[i] : 0;
    const y = i < b.length ? b[i] : 0;
    if (x !== y) return x - y;
  }
  return 0;
}

/** strcmp/strncmp where the strings lie: compared in place, nothing copied or allocated. */
function compareCStrings(context: LibcContext, s1: number, s2: number, limit: number): number {
  const memory = context.memory;
  memory.locateCString(s1, limit);
  const { bytes: a, start: aStart, end: aEnd } = memory.found;
  memory.locateCString(s2, limit);
  const { bytes: b, start: bStart, end: bEnd } = memory.found;
  const aLength = aEnd - aStart;
  const bLength = bEnd - bStart;
  const length = Math.min(limit, Math.max(aLength, bLength));
  for (let i = 0; i < length; i++) {
    const x = i < aLength ? a[aStart + i] : 0;
    const y = i < bLength ? b[bStart + i] : 0;
    if (x !== y) return x - y;
  }
  return 0;
}

/** Copies `s` with its NUL to `dest`; returns `dest`. */
function copyString(context: LibcContext, dest: number, s: Uint8Array): number {
  context.memory.write(dest, s);
  context.memory.writeU8(dest + s.length, 0);
  return dest;
}

function findByte(context: LibcContext, s: number, c: number, last: boolean): number {
  const bytes = context.memory.cString(s);
  const byte = c & 0xff;
  if (byte === 0) return s + bytes.length;
  const at = last ? bytes.lastIndexOf(byte) : bytes.indexOf(byte);
  return at < 0 ? 0 : s + at;
}

const PAGE_SIZE = 4096;
const CHUNK = 256;

/** memcmp: reads only as far as the first difference, as glibc does, so it faults only where glibc would. */
function compareMemory(context: LibcContext, s1: number, s2: number, n: number): number {
  for (let at = 0; at < n; ) {
    const size = Math.min(CHUNK, PAGE_SIZE - ((s1 + at) % PAGE_SIZE), PAGE_SIZE - ((s2 + at) % PAGE_SIZE), n - at);
    const difference = compareBytes(context.memory.read(s1 + at, size), context.memory.read(s2 + at, size), size);
    if (difference !== 0) return difference;
    at += size;
  }
  return 0;
}

/** memchr: reads only as far as the first match. */
function findInMemory(context: LibcContext, s: number, byte: number, n: number): number {
  for (let at = 0; at < n; ) {
    const size = Math.min(CHUNK, PAGE_SIZE - ((s + at) % PAGE_SIZE), n - at);
    const found = context.memory.read(s + at, size).indexOf(byte);
    if (found >= 0) return s + at + found;
    at += size;
  }
  return 0;
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.length).indexOf(Buffer.from(needle.buffer, needle.byteOffset, needle.length));
}

const lowerByte = (byte: number) => (byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte);

function compareIgnoringCase(a: Uint8Array, b: Uint8Array, limit: number): number {
  const length = Math.min(limit, Math.max(a.length, b.length));
  for (let i = 0; i < length; i++) {
    const x = lowerByte(i < a.length ? a[i] : 0);
    const y = lowerByte(i < b.length ? b[i] : 0);
    if (x !== y) return x - y;
  }
  return 0;
}

/** Length of the prefix of `s` whose bytes are (or, with `inSet` false, are not) in `set`. */
function spanOf(s: Uint8Array, set: Uint8Array, inSet: boolean): number {
  let at = 0;
  while (at < s.length && set.includes(s[at]) === inSet) at++;
  return at;
}

/** strtok's saved position, one per process. */
const strtokNext = new WeakMap<LibcContext, number>();

export const stringShims = [
  shim('size_t strlen(const char *s)', ({ s }, context) => context.memory.cStringView(s).length),
  shim('size_t strnlen(const char *s, size_t maxlen)', ({ s, maxlen }, context) => context.memory.cStringView(s, maxlen).length),

  shim('int strcmp(const char *s1, const char *s2)', ({ s1, s2 }, context) =>
    compareCStrings(context, s1, s2, Infinity)),
  shim('int strncmp(const char *s1, const char *s2, size_t n)', ({ s1, s2, n }, context) =>
    compareCStrings(context, s1, s2, n)),
  shim('int memcmp(const void *s1, const void *s2, size_t n)', ({ s1, s2, n }, context) => compareMemory(context, s1, s2, n)),

  shim('char *strcpy(char *dest, const char *src)', ({ dest, src }, context) => copyString(context, dest, context.memory.cString(src))),
  shim('char *strncpy(char *dest, const char *src, size_t n)', ({ dest, src, n }, context) => {
    // exactly n bytes: the string, then NULs to fill (and no NUL when the string is n or longer)
    const bytes = context.memory.cString(src, n);
    context.memory.write(dest, bytes);
    context.memory.fill(dest + bytes.length, 0, n - bytes.length);
    return dest;
  }),
  shim('char *strcat(char *dest, const char *src)', ({ dest, src }, context) => {
    copyString(context, dest + context.memory.cString(dest).length, context.memory.cString(src));
    return dest;
  }),
  shim('char *strncat(char *dest, const char *src, size_t n)', ({ dest, src, n }, context) => {
    copyString(context, dest + context.memory.cString(dest).length, context.memory.cString(src, n));
    return dest;
  }),
  shim('char *strdup(const char *s)', ({ s }, context) => {
    const bytes = context.memory.cString(s);
    const copy = context.heap.malloc(bytes.length + 1);
    return copy === 0 ? 0 : copyString(context, copy, bytes);
  }),

  shim('int strcasecmp(const char *s1, const char *s2)', ({ s1, s2 }, context) =>
    compareIgnoringCase(context.memory.cString(s1), context.memory.cString(s2), Infinity)),
  shim('int strncasecmp(const char *s1, const char *s2, size_t n)', ({ s1, s2, n }, context) =>
    compareIgnoringCase(context.memory.cString(s1, n), context.memory.cString(s2, n), n)),
  shim('size_t strspn(const char *s, const char *accept)', ({ s, accept }, context) =>
    spanOf(context.memory.cString(s), context.memory.cString(accept), true)),
  shim('size_t strcspn(const char *s, const char *reject)', ({ s, reject }, context) =>
    spanOf(context.memory.cString(s), context.memory.cString(reject), false)),
  shim('char *strpbrk(const char *s, const char *accept)', ({ s, accept }, context) => {
    const bytes = context.memory.cString(s);
    const at = spanOf(bytes, context.memory.cString(accept), false);
    return at < bytes.length ? s + at : 0;
  }),
  shim('char *strtok(char *str, const char *delim)', ({ str, delim }, context) => {
    const start = str !== 0 ? str : strtokNext.get(context) ?? 0;
    if (start === 0) return 0;
    const delimiters = context.memory.cString(delim);
    const bytes = context.memory.cString(start);
    const tokenStart = spanOf(bytes, delimiters, true);
    if (tokenStart === bytes.length) {
      strtokNext.set(context, 0);
      return 0;
    }
    const tokenEnd = tokenStart + spanOf(bytes.subarray(tokenStart), delimiters, false);
    if (tokenEnd < bytes.length) {
      context.memory.writeU8(start + tokenEnd, 0);
      strtokNext.set(context, start + tokenEnd + 1);
    } else {
      strtokNext.set(context, 0);
    }
    return start + tokenStart;
  }),

  shim('char *strchr(const char *s, int c)', ({ s, c }, context) => findByte(context, s, c, false)),
  shim('char *strrchr(const char *s, int c)', ({ s, c }, context) => findByte(context, s, c, true)),
  shim('char *strstr(const char *haystack, const char *needle)', ({ haystack, needle }, context) => {
    const at = indexOfBytes(context.memory.cString(haystack), context.memory.cString(needle));
    return at < 0 ? 0 : haystack + at;
  }),
  shim('void *memchr(const void *s, int c, size_t n)', ({ s, c, n }, context) => findInMemory(context, s, c & 0xff, n)),

  shim('void *memcpy(void *dest, const void *src, size_t n)', ({ dest, src, n }, context) => {
    context.memory.write(dest, context.memory.read(src, n));
    return dest;
  }),
  shim('void *memmove(void *dest, const void *src, size_t n)', ({ dest, src, n }, context) => {
    context.memory.write(dest, context.memory.read(src, n));
    return dest;
  }),
  shim('void *memset(void *s, int c, size_t n)', ({ s, c, n }, context) => {
    context.memory.fill(s, c & 0xff, n);
    return s;
  }),
];
