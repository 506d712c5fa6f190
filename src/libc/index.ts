// run-asm's glibc: the shims of every family gathered into one registry, the FILE objects and
// errno placed in the guest's libc data area, and the process-ending paths (exit, abort). The
// runtime calls `invoke(index)` from the code hook on a shim's stub and reads `exitStatus`.

import tty from 'node:tty';
import type { Engine } from '../../emulator/engine.ts';
import { ByteBuilder } from './byte-builder.ts';
import { ShimCaller } from './caller.ts';
import type { LibcContext } from './context.ts';
import { ctypeShims } from './ctype.ts';
import { errnoShims } from './errno.ts';
import { fileShims } from './files.ts';
import { GuestMemory } from './guest-memory.ts';
import { GuestHeap } from './heap.ts';
import { GlibcRandom } from './random.ts';
import type { ShimEntry } from './registry.ts';
import { stdioShims } from './stdio.ts';
import { stdlibShims } from './stdlib.ts';
import { Stream, StreamTable, type StreamHost } from './streams.ts';
import { stringShims } from './string.ts';
import { timeShims } from './time.ts';
import { unistdShims } from './unistd.ts';

export interface LibcOptions {
  engine: Engine;
  heap: { base: number; size: number }; // guest range the loader mapped read-write for malloc & co.
  data: { base: number; size: number }; // guest range (>= 64 KiB) mapped read-write for libc's own objects
  stdin: number;
  stdout: number;
  stderr: number; // host file descriptors
  isTerminal?: (fd: number) => boolean; // defaults to tty.isatty
  /** The program's environment as `NAME=value` strings, for getenv; defaults to this process's. */
  environment?: readonly string[];
}

/** A signal that ended the process, as a shell would see it (exit status 128 + its number). */
export type TerminatingSignal = 'SIGABRT' | 'SIGPIPE';

export interface Libc {
  functionIndex(name: string): number | undefined;
  functionNames(): readonly string[];
  /** Guest address of a libc data object: `stdin`, `stdout`, `stderr` (8-byte FILE* variables). */
  dataSymbol(name: string): number | undefined;
  invoke(index: number): void;
  readonly exitStatus: number | undefined;
  /** Set when the process ended by a signal rather than exit: abort() or a heap check (SIGABRT, 134), a write to a closed pipe (SIGPIPE, 141). */
  readonly killedBySignal: TerminatingSignal | undefined;
  exit(status: number): void;
  flushAll(): void;
}

export const SHIM_ENTRIES: readonly ShimEntry[] = [
  ...stdioShims, ...fileShims, ...stringShims, ...stdlibShims, ...ctypeShims, ...errnoShims, ...timeShims, ...unistdShims,
];

const SIGNAL_NUMBERS: Record<TerminatingSignal, number> = { SIGABRT: 6, SIGPIPE: 13 };

/** Where libc's objects sit in its data range. */
const DATA_LAYOUT = {
  stdin: 0x00,
  stdout: 0x08,
  stderr: 0x10,
  errno: 0x18,
  files: 0x100, // three FILE objects, FILE_SLOT bytes apart
  strings: 0x1000, // strerror texts and the like, made on demand
};
const FILE_SLOT = 0x100;
/** glibc's FILE: _flags (magic 0xfbad0000 plus mode bits) at 0, _fileno at 0x70. */
const _IO_MAGIC = 0xfbad0000;
const FILE_FILENO_OFFSET = 0x70;
const MINIMUM_DATA_SIZE = 0x10000;

export function createLibc(options: LibcOptions): Libc {
  const { engine } = options;
  if (options.data.size < MINIMUM_DATA_SIZE) throw new Error(`libc: data range of ${options.data.size} bytes is smaller than ${MINIMUM_DATA_SIZE}`);
  const memory = new GuestMemory(engine);
  const isTerminal = options.isTerminal ?? ((fd: number) => tty.isatty(fd));
  const dataBase = options.data.base;

  let exitStatus: number | undefined;
  let killedBySignal: TerminatingSignal | undefined;

  const endProcess = (status: number): void => {
    if (exitStatus !== undefined) return;
    exitStatus = status & 0xff;
    engine.stop();
  };
  const killBySignal = (signal: TerminatingSignal): void => {
    if (exitStatus !== undefined) return;
    killedBySignal = signal;
    endProcess(128 + SIGNAL_NUMBERS[signal]);
  };

  const host: StreamHost = {
    isTerminal,
    flushLineBuffered: () => streams.flushLineBuffered(),
    brokenPipe: () => killBySignal('SIGPIPE'),
  };
  const streams = new StreamTable(
    new Stream(options.stdin, 'stdin', 'auto', host),
    new Stream(options.stdout, 'stdout', 'auto', host),
    new Stream(options.stderr, 'stderr', 'none', host),
    host,
  );
  const standard = [
    { name: 'stdin', stream: streams.stdin, fd: options.stdin },
    { name: 'stdout', stream: streams.stdout, fd: options.stdout },
    { name: 'stderr', stream: streams.stderr, fd: options.stderr },
  ] as const;
  const dataSymbols = new Map<string, number>();
  standard.forEach(({ name, stream }, i) => {
    const variable = dataBase + DATA_LAYOUT[name];
    const file = dataBase + DATA_LAYOUT.files + i * FILE_SLOT;
    memory.writeU32(file, _IO_MAGIC);
    memory.writeU32(file + FILE_FILENO_OFFSET, i);
    memory.writeU64(variable, file);
    streams.add(file, stream);
    dataSymbols.set(name, variable);
  });
  // not a data symbol: glibc's errno is thread-local, reached through __errno_location, and a
  // plain `extern errno` fails to link natively
  const errnoAddress = dataBase + DATA_LAYOUT.errno;

  const staticStrings = new Map<string, number>();
  let nextString = dataBase + DATA_LAYOUT.strings;
  const dataEnd = dataBase + options.data.size;

  const environment = options.environment ?? Object.entries(process.env).map(([name, value]) => `${name}=${value}`);

  const context: LibcContext = {
    environment,
    memory,
    heap: new GuestHeap(options.heap.base, options.heap.size),
    streams,
    random: new GlibcRandom(),
    scratch: new ByteBuilder(),
    get exited() {
      return exitStatus !== undefined;
    },
    get errno() {
      return memory.readU32(errnoAddress) | 0;
    },
    set errno(value: number) {
      memory.writeU32(errnoAddress, value);
    },
    errnoAddress,
    staticString(text: string): number {
      const known = staticStrings.get(text);
      if (known !== undefined) return known;
      const bytes = Buffer.from(text + '\0', 'utf8');
      if (nextString + bytes.length > dataEnd) throw new Error('libc: data area full');
      const address = nextString;
      memory.write(address, bytes);
      nextString += bytes.length;
      staticStrings.set(text, address);
      return address;
    },
    exit(status: number, flushStreams = true): void {
      if (flushStreams) streams.flushAll();
      endProcess(status);
    },
    abort(message?: string): void {
      // glibc writes its message straight to fd 2 and does not flush stdio before SIGABRT
      if (message !== undefined) streams.stderr.write(Buffer.from(message + '\n', 'utf8'));
      killBySignal('SIGABRT');
    },
  };

  const indexByName = new Map<string, number>();
  SHIM_ENTRIES.forEach((entry, index) => indexByName.set(entry.prototype.name, index));
  const names = SHIM_ENTRIES.map((entry) => entry.prototype.name);
  const caller = new ShimCaller(engine, memory, SHIM_ENTRIES, context);

  return {
    functionIndex: (name) => indexByName.get(name),
    functionNames: () => names,
    dataSymbol: (name) => dataSymbols.get(name),
    invoke: (index) => caller.call(index),
    get exitStatus() {
      return exitStatus;
    },
    get killedBySignal() {
      return killedBySignal;
    },
    exit: (status) => context.exit(status),
    flushAll: () => streams.flushAll(),
  };
}
