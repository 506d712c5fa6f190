// How the command line talks to the user about failures: one line on stderr, written at once.

import { writeSync } from 'node:fs';

export function printError(text: string): void {
  writeSync(2, `${text}\n`);
}

/** A failed read or write in few words: the errno name (ENOENT, EACCES...) when there is one. */
export function fileErrorReason(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
