// unistd.h's read and write: straight to the descriptor, past stdio's buffers, as the system
// calls are. Guest descriptors 0, 1 and 2 are the process's stdin, stdout and stderr; others
// (from fileno of an fopen'd file) are host descriptors already.

import fs from 'node:fs';
import type { LibcContext } from './context.ts';
import { pause } from './host-wait.ts';
import { shim } from './registry.ts';

const EBADF = 9;
const EIO = 5;
const EAGAIN_PAUSE_MS = 1;

function hostDescriptor(context: LibcContext, fd: number): number {
  const { stdin, stdout, stderr } = context.streams;
  return fd === 0 ? stdin.fd : fd === 1 ? stdout.fd : fd === 2 ? stderr.fd : fd;
}

function failWith(context: LibcContext, error: unknown): bigint {
  const code = (error as NodeJS.ErrnoException).code;
  context.errno = code === 'EBADF' ? EBADF : EIO;
  return -1n;
}

/** write(2): the bytes to guest descriptor `fd`; the count written, or -1 with errno set. */
export function writeDescriptor(context: LibcContext, fd: number, bytes: Uint8Array): bigint {
  if (fd < 0) {
    context.errno = EBADF;
    return -1n;
  }
  for (;;) {
    try {
      return BigInt(fs.writeSync(hostDescriptor(context, fd), bytes));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return failWith(context, error);
      pause(EAGAIN_PAUSE_MS);
    }
  }
}

export const unistdShims = [
  shim('ssize_t write(int fd, const void *buf, size_t count)', ({ fd, buf, count }, context) =>
    writeDescriptor(context, fd, context.memory.read(buf, count))),

  shim('ssize_t read(int fd, void *buf, size_t count)', ({ fd, buf, count }, context) => {
    if (fd < 0) {
      context.errno = EBADF;
      return -1n;
    }
    const bytes = new Uint8Array(Math.min(count, 1 << 20));
    for (;;) {
      try {
        const got = fs.readSync(hostDescriptor(context, fd), bytes, 0, bytes.length, null);
        context.memory.write(buf, bytes.subarray(0, got));
        return BigInt(got);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EOF') return 0n;
        if (code !== 'EAGAIN') return failWith(context, error);
        pause(EAGAIN_PAUSE_MS);
      }
    }
  }),
];
