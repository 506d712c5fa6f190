// stdio: output and input through FILE streams (puts, printf and family, putchar, fputs, fflush,
// getline, fgets, getchar, scanf and family, ...). A FILE* that is not one of ours is treated as
// the bad pointer it is: glibc would fault reading through it, and so do we.

import { GuestMemoryError } from '../../emulator/engine.ts';
import type { LibcContext } from './context.ts';
import { errorText } from './errno.ts';
import { x87FromDouble } from './float-digits.ts';
import { FORMAT_OVERFLOW, formatPrintf, type FormatArguments } from './format.ts';
import type { GuestMemory } from './guest-memory.ts';
import { scanFormatted, type ScanInput, type ScanTargets } from './scan.ts';
import { storeInteger, type VarArgs } from './var-args.ts';
import { shim } from './registry.ts';
import type { BufferMode, Stream } from './streams.ts';
import { writeDescriptor } from './unistd.ts';
import { GuestVaList } from './va-list.ts';

const EOF = -1;
const NEWLINE = 0x0a;
/** What getline allocates when handed no buffer. */
const GETLINE_INITIAL_SIZE = 120;
const INT_MAX = 0x7fffffff;
const EINVAL = 22;
const EOVERFLOW = 75;
const EILSEQ = 84;
/** setvbuf's modes: _IOFBF, _IOLBF, _IONBF. */
const SETVBUF_MODES: Record<number, BufferMode> = { 0: 'full', 1: 'line', 2: 'none' };
const BUFSIZ = 8192;
const MAX_STREAM_BUFFER = 1 << 26;

/** The stream behind a guest FILE*; anything else faults as glibc would dereferencing it. */
export function streamAt(context: LibcContext, file: number): Stream {
  const stream = context.streams.find(file);
  if (stream === undefined) throw new GuestMemoryError(file, 'read');
  return stream;
}

/**
 * printf's text for `format` and the arguments after it, in the shared scratch buffer; undefined
 * for a NULL format, which glibc refuses with EINVAL rather than crashing on, or a field too wide.
 */
function formatted(context: LibcContext, format: number, args: FormatArguments): Uint8Array | undefined {
  const scratch = context.scratch;
  scratch.clear();
  if (format === 0) {
    context.errno = EINVAL;
    return undefined;
  }
  const count = formatPrintf(context.memory.cStringView(format), withErrno(context, args), scratch);
  if (count < 0) {
    context.errno = count === FORMAT_OVERFLOW ? EOVERFLOW : EILSEQ;
    return undefined;
  }
  return scratch.view();
}

/** printf's text for `format` and a guest va_list (vprintf and friends). */
function formattedFromList(context: LibcContext, format: number, ap: number): Uint8Array | undefined {
  const list = new GuestVaList(context.memory, ap);
  const bytes = formatted(context, format, list);
  list.writeBack();
  return bytes;
}

/** sprintf's store: the text, NUL-terminated, cut to `size` bytes with its NUL (snprintf). */
function storeFormatted(context: LibcContext, str: number, size: number, bytes: Uint8Array | undefined): number {
  if (bytes === undefined) return EOF;
  if (size > 0) {
    const kept = Math.min(bytes.length, size - 1);
    context.memory.write(str, bytes.subarray(0, kept));
    context.memory.writeU8(str + kept, 0);
  }
  return bytes.length;
}

function streamInput(stream: Stream): ScanInput {
  return {
    peek: () => {
      const available = stream.available();
      return available.length > 0 ? available[0] : EOF;
    },
    take: () => stream.consume(1),
  };
}

function stringInput(bytes: Uint8Array): ScanInput {
  let at = 0;
  return { peek: () => (at < bytes.length ? bytes[at] : EOF), take: () => void at++ };
}

/** scanf stores through the pointers that follow the format. */
function scanTargets(memory: GuestMemory, args: VarArgs): ScanTargets {
  return {
    nextPointer: () => Number(args.nextInteger()),
    storeInteger: (address, size, value) => storeInteger(memory, address, size, value),
    storeFloat(address, size, value) {
      if (size === 10) {
        const bits = x87FromDouble(value);
        memory.writeU64(address, bits & 0xffff_ffff_ffff_ffffn);
        memory.writeU16(address + 8, Number(bits >> 64n));
      } else {
        const view = new DataView(new ArrayBuffer(size));
        if (size === 8) view.setFloat64(0, value, true);
        else view.setFloat32(0, value, true);
        memory.write(address, new Uint8Array(view.buffer));
      }
    },
    storeBytes(address, bytes, terminate) {
      memory.write(address, bytes);
      if (terminate) memory.writeU8(address + bytes.length, 0);
    },
  };
}

/** %m needs errno; the cursor gets it from the context only when asked. */
function withErrno(context: LibcContext, args: FormatArguments): FormatArguments {
  args.errorText ??= () => new TextEncoder().encode(errorText(context.errno));
  return args;
}

/** Writes printf's text to a stream; after a failed conversion glibc has already written the text before it. */
function printTo(context: LibcContext, stream: Stream, bytes: Uint8Array | undefined): number {
  if (bytes === undefined) {
    stream.write(context.scratch.view());
    return EOF;
  }
  stream.write(bytes);
  return stream.error ? EOF : Math.min(bytes.length, INT_MAX);
}

/** getdelim: reads through `delimiter` into *lineptr, growing it the way glibc does. */
function readDelimited(context: LibcContext, lineptr: number, n: number, delimiter: number, stream: Stream): number {
  const { memory, heap } = context;
  if (lineptr === 0 || n === 0) {
    context.errno = EINVAL;
    return -1;
  }
  let buffer = memory.readAddress(lineptr);
  let capacity = memory.readAddress(n);
  let moved = false;
  if (buffer === 0 || capacity === 0) {
    capacity = GETLINE_INITIAL_SIZE;
    buffer = heap.malloc(capacity);
    moved = true;
  }
  // the line is gathered host-side and written to the guest once, NUL included
  const line = context.scratch;
  line.clear();
  for (;;) {
    const available = stream.available();
    if (available.length === 0) break;
    const found = available.indexOf(delimiter);
    const take = found >= 0 ? found + 1 : available.length;
    const needed = line.length + take + 1;
    if (needed > capacity) {
      // as glibc: at least double, or exactly what this piece needs if that is more
      const grown = Math.max(needed, 2 * capacity);
      const next = reallocate(context, buffer, grown);
      if (next === 0) return -1;
      buffer = next;
      capacity = grown;
      moved = true;
    }
    line.pushBytes(available.subarray(0, take));
    stream.consume(take);
    if (found >= 0) break;
  }
  if (moved) {
    memory.writeU64(lineptr, buffer);
    memory.writeU64(n, capacity);
  }
  if (line.length === 0) return -1;
  line.pushByte(0);
  memory.write(buffer, line.view());
  return line.length - 1;
}

function reallocate(context: LibcContext, pointer: number, size: number): number {
  const moved = context.heap.malloc(size);
  if (moved === 0) return 0;
  const old = context.heap.usableSize(pointer);
  if (old !== undefined) {
    context.memory.write(moved, context.memory.read(pointer, Math.min(old, size)));
    context.heap.free(pointer);
  }
  return moved;
}

function readByte(stream: Stream): number {
  const available = stream.available();
  if (available.length === 0) return EOF;
  const byte = available[0];
  stream.consume(1);
  return byte;
}

export const stdioShims = [
  shim('int puts(const char *s)', ({ s }, context) => {
    const text = context.memory.cString(s);
    const stdout = context.streams.stdout;
    stdout.write(text);
    stdout.writeByte(NEWLINE);
    return stdout.error ? EOF : Math.min(text.length + 1, INT_MAX);
  }),

  shim('int fputs(const char *s, FILE *stream)', ({ s, stream }, context) => {
    const target = streamAt(context, stream);
    target.write(context.memory.cString(s));
    return target.error ? EOF : 1;
  }),

  shim('int putchar(int c)', ({ c }, context) => {
    context.streams.stdout.writeByte(c & 0xff);
    return context.streams.stdout.error ? EOF : c & 0xff;
  }),

  shim('int fputc(int c, FILE *stream)', ({ c, stream }, context) => {
    const target = streamAt(context, stream);
    target.writeByte(c & 0xff);
    return target.error ? EOF : c & 0xff;
  }),

  shim('int putc(int c, FILE *stream)', ({ c, stream }, context) => {
    const target = streamAt(context, stream);
    target.writeByte(c & 0xff);
    return target.error ? EOF : c & 0xff;
  }),

  shim('size_t fwrite(const void *ptr, size_t size, size_t nmemb, FILE *stream)', ({ ptr, size, nmemb, stream }, context) => {
    const target = streamAt(context, stream);
    if (size === 0 || nmemb === 0) return 0;
    target.write(context.memory.read(ptr, size * nmemb));
    return target.error ? 0 : nmemb;
  }),

  shim('int printf(const char *format, ...)', ({ format }, context, args) =>
    printTo(context, context.streams.stdout, formatted(context, format, args))),

  shim('int fprintf(FILE *stream, const char *format, ...)', ({ stream, format }, context, args) => {
    const target = streamAt(context, stream);
    return printTo(context, target, formatted(context, format, args));
  }),

  shim('int dprintf(int fd, const char *format, ...)', ({ fd, format }, context, args) => {
    // straight to the descriptor: what stdio has buffered for it stays buffered
    const bytes = formatted(context, format, args);
    return bytes === undefined ? EOF : Number(writeDescriptor(context, fd, bytes));
  }),

  shim('int sprintf(char *str, const char *format, ...)', ({ str, format }, context, args) =>
    storeFormatted(context, str, Infinity, formatted(context, format, args))),
  shim('int snprintf(char *str, size_t size, const char *format, ...)', ({ str, size, format }, context, args) =>
    storeFormatted(context, str, size, formatted(context, format, args))),

  shim('int vprintf(const char *format, va_list ap)', ({ format, ap }, context) =>
    printTo(context, context.streams.stdout, formattedFromList(context, format, ap))),
  shim('int vfprintf(FILE *stream, const char *format, va_list ap)', ({ stream, format, ap }, context) =>
    printTo(context, streamAt(context, stream), formattedFromList(context, format, ap))),
  shim('int vsprintf(char *str, const char *format, va_list ap)', ({ str, format, ap }, context) =>
    storeFormatted(context, str, Infinity, formattedFromList(context, format, ap))),
  shim('int vsnprintf(char *str, size_t size, const char *format, va_list ap)', ({ str, size, format, ap }, context) =>
    storeFormatted(context, str, size, formattedFromList(context, format, ap))),

  shim('int setvbuf(FILE *stream, char *buf, int mode, size_t size)', ({ stream, mode, size }, context) => {
    const target = streamAt(context, stream);
    const bufferMode = SETVBUF_MODES[mode];
    // a size glibc's malloc could not give fails the call
    if (bufferMode === undefined || size > MAX_STREAM_BUFFER) return EOF;
    // the guest's buffer itself is not used; only its size and mode matter to what reaches the descriptor
    target.setMode(bufferMode, size);
    return 0;
  }),
  shim('void setbuf(FILE *stream, char *buf)', ({ stream, buf }, context) => {
    streamAt(context, stream).setMode(buf === 0 ? 'none' : 'full', BUFSIZ);
  }),

  shim('int fflush(FILE *stream)', ({ stream }, context) => {
    if (stream === 0) context.streams.flushAll();
    else streamAt(context, stream).flush();
    return 0;
  }),

  shim('ssize_t getline(char **lineptr, size_t *n, FILE *stream)', ({ lineptr, n, stream }, context) =>
    readDelimited(context, lineptr, n, NEWLINE, streamAt(context, stream))),

  shim('ssize_t getdelim(char **lineptr, size_t *n, int delim, FILE *stream)', ({ lineptr, n, delim, stream }, context) =>
    readDelimited(context, lineptr, n, delim & 0xff, streamAt(context, stream))),

  shim('char *fgets(char *s, int size, FILE *stream)', ({ s, size, stream }, context) => {
    const source = streamAt(context, stream);
    if (size <= 0) return 0;
    if (size === 1) {
      // room for the NUL only: glibc stores it and succeeds without reading
      context.memory.writeU8(s, 0);
      return s;
    }
    let length = 0;
    while (length < size - 1) {
      const available = source.available();
      if (available.length === 0) break;
      const found = available.indexOf(NEWLINE);
      const take = Math.min(found >= 0 ? found + 1 : available.length, size - 1 - length);
      context.memory.write(s + length, available.subarray(0, take));
      source.consume(take);
      length += take;
      if (found >= 0 && found < take) break;
    }
    if (length === 0) return 0;
    context.memory.writeU8(s + length, 0);
    return s;
  }),

  shim('int scanf(const char *format, ...)', ({ format }, context, args) =>
    scanFormatted(context.memory.cString(format), streamInput(context.streams.stdin), scanTargets(context.memory, args))),
  shim('int fscanf(FILE *stream, const char *format, ...)', ({ stream, format }, context, args) =>
    scanFormatted(context.memory.cString(format), streamInput(streamAt(context, stream)), scanTargets(context.memory, args))),
  shim('int sscanf(const char *str, const char *format, ...)', ({ str, format }, context, args) =>
    scanFormatted(context.memory.cString(format), stringInput(context.memory.cString(str)), scanTargets(context.memory, args))),

  shim('int getchar(void)', (_args, context) => readByte(context.streams.stdin)),
  shim('int fgetc(FILE *stream)', ({ stream }, context) => readByte(streamAt(context, stream))),
  shim('int getc(FILE *stream)', ({ stream }, context) => readByte(streamAt(context, stream))),

  shim('int ungetc(int c, FILE *stream)', ({ c, stream }, context) => {
    if (c === EOF) return EOF;
    streamAt(context, stream).unread(c & 0xff);
    return c & 0xff;
  }),

  shim('int feof(FILE *stream)', ({ stream }, context) => (streamAt(context, stream).eof ? 1 : 0)),
  shim('int ferror(FILE *stream)', ({ stream }, context) => (streamAt(context, stream).error ? 1 : 0)),

  shim('void perror(const char *s)', ({ s }, context) => {
    const prefix = s === 0 ? '' : context.memory.cStringText(s);
    const text = (prefix !== '' ? `${prefix}: ` : '') + errorText(context.errno) + '\n';
    context.streams.stderr.write(new TextEncoder().encode(text));
  }),
];
