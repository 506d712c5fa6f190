// A source file as the assembler reads it: its bytes as latin1 text, or undefined when there is
// nothing to open. nasm opens a folder as a file with nothing in it, and so does this.

import { readFileSync } from 'node:fs';

export function readSource(path: string): string | undefined {
  try {
    return readFileSync(path, 'latin1');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EISDIR' ? '' : undefined;
  }
}
