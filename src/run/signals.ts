// How a guest dies, as a shell reports it: the CPU's exception in, a POSIX signal with the text bash
// prints and the exit status (128 + signal number) out. Linux's x86 trap handlers decide the signal.

export interface Signal {
  name: string;
  number: number;
  /** What bash prints when a child dies of it. */
  description: string;
}

export const SIGILL: Signal = { name: 'SIGILL', number: 4, description: 'Illegal instruction' };
export const SIGABRT: Signal = { name: 'SIGABRT', number: 6, description: 'Aborted' };
export const SIGTRAP: Signal = { name: 'SIGTRAP', number: 5, description: 'Trace/breakpoint trap' };
export const SIGBUS: Signal = { name: 'SIGBUS', number: 7, description: 'Bus error' };
export const SIGFPE: Signal = { name: 'SIGFPE', number: 8, description: 'Floating point exception' };
export const SIGSEGV: Signal = { name: 'SIGSEGV', number: 11, description: 'Segmentation fault' };
export const SIGPIPE: Signal = { name: 'SIGPIPE', number: 13, description: 'Broken pipe' };

/** x86 exception vectors, each with the signal Linux sends and a short name for the report. */
export const EXCEPTION_SIGNALS: Readonly<Record<number, { signal: Signal; what: string }>> = {
  0: { signal: SIGFPE, what: 'divide error' },
  1: { signal: SIGTRAP, what: 'debug exception' },
  3: { signal: SIGTRAP, what: 'breakpoint' },
  4: { signal: SIGSEGV, what: 'overflow' },
  5: { signal: SIGSEGV, what: 'bound range exceeded' },
  6: { signal: SIGILL, what: 'invalid opcode' },
  7: { signal: SIGFPE, what: 'device not available' },
  12: { signal: SIGBUS, what: 'stack segment fault' },
  13: { signal: SIGSEGV, what: 'general protection fault' },
  14: { signal: SIGSEGV, what: 'page fault' },
  16: { signal: SIGFPE, what: 'x87 floating-point exception' },
  17: { signal: SIGBUS, what: 'alignment check' },
  19: { signal: SIGFPE, what: 'SIMD floating-point exception' },
};

export function exitStatusOf(signal: Signal): number {
  return 128 + signal.number;
}
