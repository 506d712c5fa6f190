// Linux system calls made with `syscall` (or the i386 `int 0x80`), for programs that mix raw
// syscalls with libc (`mov eax, 60` / `syscall` to exit is common in NASM code). Each ABI is data:
// its argument registers and a table from call number to handler name. The result (or -errno)
// goes to rax. Unknown calls return -ENOSYS, as a kernel without them would.

import { readSync, writeSync } from 'node:fs';
import type { Engine, GeneralRegister } from '../../emulator/engine.ts';

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

type Handler = (host: SyscallHost, args: readonly bigint[]) => bigint;

const HANDLERS: Readonly<Record<string, Handler>> = {
  read: (host, [fd, buffer, count]) => read(host, Number(fd), Number(buffer), Number(count)),
  write: (host, [fd, buffer, count]) => write(host, Number(fd), Number(buffer), Number(count)),
  getpid: () => BigInt(process.pid),
  exit: (host, [status]) => (host.endProcess(Number(status & 0xffn)), 0n),
  exit_group: (host, [status]) => (host.endProcess(Number(status & 0xffn)), 0n),
};

/** A way into the kernel: where the call number and arguments are, and what each number means. */
interface SyscallAbi {
  argumentRegisters: readonly GeneralRegister[];
  /** The i386 `int 0x80` ABI sees only the low 32 bits of each register. */
  argumentBits: 32 | 64;
  numbers: Readonly<Record<number, keyof typeof HANDLERS>>;
}

/** `syscall`: the x86-64 ABI (the 4th argument in r10, not rcx as in function calls). */
export const X86_64_SYSCALL: SyscallAbi = {
  argumentRegisters: ['rdi', 'rsi', 'rdx', 'r10', 'r8', 'r9'],
  argumentBits: 64,
  numbers: { 0: 'read', 1: 'write', 39: 'getpid', 60: 'exit', 231: 'exit_group' },
};

/** `int 0x80`: the i386 ABI, which 64-bit Linux still serves. */
export const I386_INT_0X80: SyscallAbi = {
  argumentRegisters: ['rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'rbp'],
  argumentBits: 32,
  numbers: { 1: 'exit', 3: 'read', 4: 'write', 20: 'getpid', 252: 'exit_group' },
};

const LINUX_SYSCALL_VECTOR = 0x80;

/** Installs the `syscall` and `int 0x80` hooks on the engine (before the first run). */
export function hookSyscalls(host: SyscallHost): void {
  const { engine } = host;
  engine.hookSyscall?.(dispatcher(host, X86_64_SYSCALL));
  engine.hookInterrupt?.(LINUX_SYSCALL_VECTOR, dispatcher(host, I386_INT_0X80));
}

function dispatcher(host: SyscallHost, abi: SyscallAbi): () => void {
  const number = host.engine.registerBatch(['rax']);
  const args = host.engine.registerBatch(abi.argumentRegisters);
  return () => {
    const name = abi.numbers[Number(BigInt.asUintN(abi.argumentBits, number.read()[0]))];
    const values = [...args.read()].map((value) => BigInt.asUintN(abi.argumentBits, value));
    const result = name ? HANDLERS[name](host, values) : -BigInt(ENOSYS);
    number.write([result]);
  };
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
