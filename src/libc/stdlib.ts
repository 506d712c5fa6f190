// stdlib.h: number parsing (atoi, strtol, ...), abs, the heap (malloc, calloc, realloc, free),
// rand, and leaving the process (exit, abort). Heap misuse ends the process the way glibc's
// checks do: its message on stderr, then SIGABRT.

import { GuestMemoryError } from '../../emulator/engine.ts';
import type { LibcContext } from './context.ts';
import { parseFloat64 } from './float-parse.ts';
import { parseInteger } from './number-parse.ts';
import { shim } from './registry.ts';

const ENOMEM = 12;
const EINVAL = 22;
const ERANGE = 34;

/** strtol and friends: parse, store *endptr, set errno on overflow or a bad base. */
function strtoInteger(context: LibcContext, nptr: number, endptr: number, base: number, signed: boolean): bigint {
  if (base < 0 || base === 1 || base > 36) {
    context.errno = EINVAL;
    if (endptr !== 0) context.memory.writeU64(endptr, nptr);
    return 0n;
  }
  const memory = context.memory;
  memory.locateCString(nptr);
  const { bytes, start, end } = memory.found;
  const parsed = parseInteger(bytes, base, signed, start, end);
  if (parsed.overflow) context.errno = ERANGE;
  if (endptr !== 0) context.memory.writeU64(endptr, nptr + parsed.end);
  return parsed.value;
}

/** atoi is (int) strtol(s, NULL, 10): glibc leaves strtol's whole long in rax. */
function atoLong(context: LibcContext, nptr: number): bigint {
  return strtoInteger(context, nptr, 0, 10, true);
}

function freeChunk(context: LibcContext, pointer: number, caller: 'free' | 'realloc'): void {
  if (pointer === 0) return;
  const verdict = context.heap.free(pointer);
  switch (verdict) {
    case 'ok':
      return;
    case 'double-free-tcache':
      return context.abort('free(): double free detected in tcache 2');
    case 'double-free':
      return context.abort('double free or corruption (!prev)');
    case 'double-free-unmapped':
      // glibc munmaps big chunks, so the second free reads an unmapped header
      throw new GuestMemoryError(pointer - 16, 'read');
    case 'invalid-pointer':
      // glibc reads the chunk header first: a pointer into unmapped memory faults there
      context.memory.read(pointer - 8, 8);
      return context.abort(`${caller}(): invalid pointer`);
  }
}

export const stdlibShims = [
  shim('int atoi(const char *nptr)', ({ nptr }, context) => atoLong(context, nptr)),
  shim('long atol(const char *nptr)', ({ nptr }, context) => atoLong(context, nptr)),
  shim('long long atoll(const char *nptr)', ({ nptr }, context) => atoLong(context, nptr)),
  shim('long strtol(const char *nptr, char **endptr, int base)', ({ nptr, endptr, base }, context) =>
    strtoInteger(context, nptr, endptr, base, true)),
  shim('long long strtoll(const char *nptr, char **endptr, int base)', ({ nptr, endptr, base }, context) =>
    strtoInteger(context, nptr, endptr, base, true)),
  shim('unsigned long strtoul(const char *nptr, char **endptr, int base)', ({ nptr, endptr, base }, context) =>
    strtoInteger(context, nptr, endptr, base, false)),
  shim('unsigned long long strtoull(const char *nptr, char **endptr, int base)', ({ nptr, endptr, base }, context) =>
    strtoInteger(context, nptr, endptr, base, false)),

  shim('double strtod(const char *nptr, char **endptr)', ({ nptr, endptr }, context) => {
    const parsed = parseFloat64(context.memory.cString(nptr));
    if (parsed.range) context.errno = ERANGE;
    if (endptr !== 0) context.memory.writeU64(endptr, nptr + parsed.end);
    return parsed.value;
  }),
  shim('double atof(const char *nptr)', ({ nptr }, context) => parseFloat64(context.memory.cString(nptr)).value),

  shim('int abs(int j)', ({ j }) => Math.abs(j) | 0),
  shim('long labs(long j)', ({ j }) => BigInt.asIntN(64, j < 0n ? -j : j)),
  shim('long long llabs(long long j)', ({ j }) => BigInt.asIntN(64, j < 0n ? -j : j)),

  shim('void *malloc(size_t size)', ({ size }, context) => {
    const pointer = context.heap.malloc(size);
    if (pointer === 0) context.errno = ENOMEM;
    return pointer;
  }),
  shim('void *calloc(size_t nmemb, size_t size)', ({ nmemb, size }, context) => {
    const total = nmemb * size;
    const pointer = total > Number.MAX_SAFE_INTEGER ? 0 : context.heap.malloc(total);
    if (pointer === 0) {
      context.errno = ENOMEM;
      return 0;
    }
    context.memory.fill(pointer, 0, total);
    return pointer;
  }),
  shim('void *realloc(void *ptr, size_t size)', ({ ptr, size }, context) => {
    const { heap, memory } = context;
    if (ptr === 0) return heap.malloc(size);
    const old = heap.usableSize(ptr);
    if (old === undefined) {
      freeChunk(context, ptr, 'realloc');
      return 0;
    }
    if (size === 0) {
      freeChunk(context, ptr, 'realloc');
      return 0;
    }
    // glibc keeps the chunk when the new size still fits it
    if (size <= old) return ptr;
    const moved = heap.malloc(size);
    if (moved === 0) {
      context.errno = ENOMEM;
      return 0;
    }
    memory.write(moved, memory.read(ptr, old));
    heap.free(ptr);
    return moved;
  }),
  shim('void free(void *ptr)', ({ ptr }, context) => freeChunk(context, ptr, 'free')),
  shim('size_t malloc_usable_size(void *ptr)', ({ ptr }, context) => (ptr === 0 ? 0 : context.heap.usableSize(ptr) ?? 0)),

  shim('char *getenv(const char *name)', ({ name }, context) => {
    const wanted = context.memory.cStringText(name) + '=';
    const entry = context.environment.find((candidate) => candidate.startsWith(wanted));
    return entry === undefined ? 0 : context.staticString(entry) + Buffer.byteLength(wanted);
  }),

  shim('void exit(int status)', ({ status }, context) => context.exit(status)),
  shim('void _exit(int status)', ({ status }, context) => context.exit(status, false)),
  shim('void abort(void)', (_args, context) => context.abort()),

  shim('int rand(void)', (_args, context) => context.random.next()),
  shim('void srand(unsigned int seed)', ({ seed }, context) => context.random.seed(seed | 0)),
];

