// errno: its messages as glibc's strerror spells them, and the shims that expose errno itself.

import { shim } from './registry.ts';

/** errno values (Linux x86-64) and glibc's text for each. */
const ERROR_TEXTS: Record<number, string> = {
  0: 'Success',
  1: 'Operation not permitted', // EPERM
  2: 'No such file or directory', // ENOENT
  3: 'No such process', // ESRCH
  4: 'Interrupted system call', // EINTR
  5: 'Input/output error', // EIO
  9: 'Bad file descriptor', // EBADF
  11: 'Resource temporarily unavailable', // EAGAIN
  12: 'Cannot allocate memory', // ENOMEM
  13: 'Permission denied', // EACCES
  14: 'Bad address', // EFAULT
  17: 'File exists', // EEXIST
  20: 'Not a directory', // ENOTDIR
  21: 'Is a directory', // EISDIR
  22: 'Invalid argument', // EINVAL
  24: 'Too many open files', // EMFILE
  25: 'Inappropriate ioctl for device', // ENOTTY
  28: 'No space left on device', // ENOSPC
  29: 'Illegal seek', // ESPIPE
  32: 'Broken pipe', // EPIPE
  33: 'Numerical argument out of domain', // EDOM
  34: 'Numerical result out of range', // ERANGE
  38: 'Function not implemented', // ENOSYS
};

export function errorText(errno: number): string {
  return ERROR_TEXTS[errno] ?? `Unknown error ${errno}`;
}

export const errnoShims = [
  shim('int *__errno_location(void)', (_args, context) => context.errnoAddress),
  shim('char *strerror(int errnum)', ({ errnum }, context) => context.staticString(errorText(errnum))),
];
