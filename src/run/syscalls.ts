// Linux system calls made with the `syscall` instruction, for programs that mix raw syscalls with
// libc (`mov eax, 60` / `syscall` to exit is common in NASM code). One table row per call: number,
// name, handler. Arguments come in the syscall registers (the 4th in r10, not rcx); the result
// (or -errno) goes to rax. Unknown calls return -ENOSYS, as a kernel without them would.

import { readSync, writeSync } from 'node:fs';
import type { Engine, GeneralRegister } from '../../emulator/engine.ts';

export const SYSCALL_ARGUMENT_REGISTERS: readonly GeneralRegister[] = ['rdi', 'rsi', 'rdx', 'r10', 'r8', 'r9'];

const EBADF = 9;
const EAGAIN = 11;
const EFAULT = 14;
const ENOSYS = 38;
const EPIPE = 32;

/** What the runtime lends the syscalls: host descriptors for guest fds 0-2, and the way to end the process. */
export interface SyscallHost {
  engine: Engine;
  hostFd(guestFd: number): number | undefined;
  /** exit/exit_group: the process ends now, without flushing stdio (the kernel knows nothing of it). */
  endProcess(status: number): void;
  /** A write to a closed pipe: SIGPIPE. */
  brokenPipe(): void;
}

type Handler = (host: SyscallHost, args: BigUint64Array) => bigint;

interface SyscallEntry {
  number: number;
  name: string;
  handler: Handler;
}

const SYSCALLS: readonly SyscallEntry[] = [
  { number: 0, name: 'read', handler: (host, [fd, buffer, count]) => read(host, Number(fd), Number(buffer), Number(count)) },
  { number: 1, name: 'write', handler: (host, [fd, buffer, count]) => write(host, Number(fd), Number(buffer), Number(count)) },
  { number: 39, name: 'getpid', handler: () => BigInt(process.pid) },
  { number: 60, name: 'exit', handler: (host, [status]) => (host.endProcess(Number(status & 0xffn)), 0n) },
  { number: 231, name: 'exit_group', handler: (host, [status]) => (host.endProcess(Number(status & 0xffn)), 0n) },
];

const BY_NUMBER = new Map(SYSCALLS.map((entry) => [entry.number, entry]));

/** Installs the syscall hook on the engine (before the first run). */
export function hookSyscalls(host: SyscallHost): void {
  const { engine } = host;
  if (!engine.hookSyscall) return;
  const number = engine.registerBatch(['rax']);
  const args = engine.registerBatch(SYSCALL_ARGUMENT_REGISTERS);
  engine.hookSyscall(() => {
    const entry = BY_NUMBER.get(Number(number.read()[0]));
    const result = entry ? entry.handler(host, args.read()) : -BigInt(ENOSYS);
    number.write([result]);
  });
}

function read(host: SyscallHost, fd: number, buffer: number, count: number): bigint {
  const hostFd = host.hostFd(fd);
  if (hostFd === undefined) return -BigInt(EBADF);
  const bytes = new Uint8Array(Math.min(count, 1 << 20));
  for (;;) {
    try {
      const got = readSync(hostFd, bytes, 0, bytes.length, null);
      return copyOut(host, buffer, bytes.subarray(0, got));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue; // a non-blocking pipe with nothing yet: wait as a blocking read would
      if (code === 'EOF') return 0n;
      return -BigInt(EAGAIN);
    }
  }
}

function copyOut(host: SyscallHost, buffer: number, bytes: Uint8Array): bigint {
  try {
    host.engine.writeMemory(buffer, bytes);
  } catch {
    return -BigInt(EFAULT);
  }
  return BigInt(bytes.length);
}

function write(host: SyscallHost, fd: number, buffer: number, count: number): bigint {
  const hostFd = host.hostFd(fd);
  if (hostFd === undefined) return -BigInt(EBADF);
  let bytes: Uint8Array;
  try {
    bytes = host.engine.readMemory(buffer, count);
  } catch {
    return -BigInt(EFAULT);
  }
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(hostFd, bytes, written, bytes.length - written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EPIPE') {
        host.brokenPipe();
        return -BigInt(EPIPE);
      }
      throw error;
    }
  }
  return BigInt(written);
}
