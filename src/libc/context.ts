// What a shim body may use: guest memory, the heap, the FILE streams, errno, and the ways a
// process ends (exit, or glibc's abort on a fatal error). index.ts builds the one instance.

import type { ByteBuilder } from './byte-builder.ts';
import type { GuestMemory } from './guest-memory.ts';
import type { GuestHeap } from './heap.ts';
import type { GlibcRandom } from './random.ts';
import type { StreamTable } from './streams.ts';

export interface LibcContext {
  readonly memory: GuestMemory;
  readonly heap: GuestHeap;
  readonly streams: StreamTable;
  readonly random: GlibcRandom;
  /** `NAME=value` strings, as the program's envp holds them. */
  readonly environment: readonly string[];
  /** Scratch space for formatted output, reused by every call. */
  readonly scratch: ByteBuilder;
  /** True once the process has ended (exit, abort): no result is written back. */
  readonly exited: boolean;
  /** errno, kept in guest memory so `__errno_location` can hand out its address. */
  errno: number;
  readonly errnoAddress: number;
  /** A NUL-terminated copy of `text` in libc's data area, made once per distinct text (strerror). */
  staticString(text: string): number;
  /** Ends the process with `status`; exit flushes the streams first, _exit does not. */
  exit(status: number, flushStreams?: boolean): void;
  /** glibc's fatal-error path: `message` (if any) straight to fd 2, no flushing, then SIGABRT. */
  abort(message?: string): void;
}
