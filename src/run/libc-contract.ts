// The runtime's side of the contract with src/libc (see createLibc there): what the runtime gives
// libc when it creates it, and what it asks of libc afterwards. Declared here so the runtime needs
// nothing else from libc; libc's own declaration of the same shape satisfies it.

import type { Engine } from '../../emulator/engine.ts';

export interface LibcOptions {
  engine: Engine;
  /** Guest range mapped read-write for malloc & co. */
  heap: { base: number; size: number };
  /** Guest range mapped read-write for libc's own objects (FILE structures, stdin/stdout/stderr). */
  data: { base: number; size: number };
  stdin: number;
  stdout: number;
  stderr: number;
  isTerminal?: (fd: number) => boolean;
  /** The program's environment as `NAME=value` strings (the same envp main gets), for getenv. */
  environment?: readonly string[];
}

export interface Libc {
  functionIndex(name: string): number | undefined;
  functionNames(): readonly string[];
  dataSymbol(name: string): number | undefined;
  /** Runs shim `index` for the call the guest just made (arguments in registers, result to rax/xmm0). */
  invoke(index: number): void;
  readonly exitStatus: number | undefined;
  /** Set when libc ended the process by a signal (abort() and heap checks: SIGABRT; a closed pipe: SIGPIPE). */
  readonly killedBySignal?: 'SIGABRT' | 'SIGPIPE' | undefined;
  /** Flushes every stream, sets exitStatus and stops the engine. */
  exit(status: number): void;
  flushAll(): void;
}

export type CreateLibc = (options: LibcOptions) => Libc;
