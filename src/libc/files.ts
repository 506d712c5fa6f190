// Files on the host opened by the guest: fopen, fclose, fread, fileno. A FILE comes from the
// guest heap as glibc's does (malloc'd), with its descriptor at glibc's _fileno offset; its
// buffering is the stream's (full, st_blksize).

import fs from 'node:fs';
import { shim } from './registry.ts';
import { streamAt } from './stdio.ts';
import { Stream } from './streams.ts';

/** sizeof(FILE) plus glibc's wide-character data, as fopen allocates it. */
const FOPEN_ALLOCATION = 472;
const _IO_MAGIC = 0xfbad0000;
const FILE_FILENO_OFFSET = 0x70;
const EOF = -1;

/** fopen modes and the open(2) flags they stand for ('b' and later letters do not matter). */
const MODE_FLAGS: Record<string, string> = { r: 'r', 'r+': 'r+', w: 'w', 'w+': 'w+', a: 'a', 'a+': 'a+' };

/** errno values for the error codes Node reports. */
const ERRNO_BY_CODE: Record<string, number> = {
  EPERM: 1, ENOENT: 2, EIO: 5, EBADF: 9, ENOMEM: 12, EACCES: 13, EEXIST: 17, ENOTDIR: 20, EISDIR: 21, EINVAL: 22, EMFILE: 24, ENOSPC: 28, EROFS: 30, ENAMETOOLONG: 36,
};

function modeFlags(mode: string): string | undefined {
  const plain = mode.replace(/b/g, '');
  return MODE_FLAGS[plain.slice(0, 2)] ?? MODE_FLAGS[plain.slice(0, 1)];
}

export const fileShims = [
  shim('FILE *fopen(const char *pathname, const char *mode)', ({ pathname, mode }, context) => {
    const path = context.memory.cStringText(pathname);
    const flags = modeFlags(context.memory.cStringText(mode));
    if (flags === undefined) {
      context.errno = ERRNO_BY_CODE.EINVAL;
      return 0;
    }
    let fd: number;
    try {
      fd = fs.openSync(path, flags, 0o666);
    } catch (error) {
      context.errno = ERRNO_BY_CODE[(error as NodeJS.ErrnoException).code ?? ''] ?? ERRNO_BY_CODE.EIO;
      return 0;
    }
    const file = context.heap.malloc(FOPEN_ALLOCATION);
    if (file === 0) {
      fs.closeSync(fd);
      context.errno = ERRNO_BY_CODE.ENOMEM;
      return 0;
    }
    context.memory.write(file, new Uint8Array(FOPEN_ALLOCATION));
    context.memory.writeU32(file, _IO_MAGIC);
    context.memory.writeU32(file + FILE_FILENO_OFFSET, fd);
    context.streams.add(file, new Stream(fd, path, 'full', context.streams.host));
    return file;
  }),

  shim('int fclose(FILE *stream)', ({ stream }, context) => {
    const target = streamAt(context, stream);
    target.flush();
    const failed = target.error;
    context.streams.remove(stream);
    if (target !== context.streams.stdin && target !== context.streams.stdout && target !== context.streams.stderr) {
      fs.closeSync(target.fd);
      context.heap.free(stream);
    }
    return failed ? EOF : 0;
  }),

  shim('size_t fread(void *ptr, size_t size, size_t nmemb, FILE *stream)', ({ ptr, size, nmemb, stream }, context) => {
    const source = streamAt(context, stream);
    if (size === 0 || nmemb === 0) return 0;
    const wanted = size * nmemb;
    let got = 0;
    while (got < wanted) {
      const available = source.available();
      if (available.length === 0) break;
      const take = Math.min(available.length, wanted - got);
      context.memory.write(ptr + got, available.subarray(0, take));
      source.consume(take);
      got += take;
    }
    return Math.floor(got / size);
  }),

  shim('int fileno(FILE *stream)', ({ stream }, context) => context.memory.readU32(stream + FILE_FILENO_OFFSET) | 0),
];
