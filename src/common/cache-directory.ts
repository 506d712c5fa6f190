// Where run-asm keeps what it may reuse between runs (assembled objects, Keystone's encodings):
// $XDG_CACHE_HOME/run-asm, else ~/.cache/run-asm. Everything there is safe to delete, and
// RUN_ASM_NO_CACHE=1 turns all of it off.

import { renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function cacheDirectory(environment: NodeJS.ProcessEnv = process.env): string | undefined {
  if (environment.RUN_ASM_NO_CACHE) return undefined;
  const base = environment.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : undefined);
  return base ? join(base, 'run-asm') : undefined;
}

/** Writes a file under a temporary name and renames it into place, so a concurrent run never reads half of it. */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}
