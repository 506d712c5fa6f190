// Assembled objects kept between runs: a source path (and the options it is assembled with) in, the
// object and line table of the last identical assembly out, so running an unchanged program does
// not load Keystone again. An entry records every file the assembly read (and every include path
// it tried and found missing) with a hash of its bytes; any change there, in the source, or in
// run-asm itself misses. Only clean assemblies are kept (no diagnostics to replay), and none whose
// result depends on anything but the files read (incbin). Entries live in
// the cache directory (see common/cache-directory.ts) and are safe to delete; past MAX_ENTRIES the
// least recently used go.

import { createHash } from 'node:crypto';
import { readSource } from '../common/read-source.ts';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { writeFileAtomically } from '../common/cache-directory.ts';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AssembleOptions, AssembleResult, LineTableEntry } from '../assemble.ts';

/** Bumped when the entry layout changes. */
const CACHE_FORMAT = 1;

/** How many entries the directory keeps; a write that passes it removes the least recently used down to KEPT_AFTER_PRUNING. */
export const MAX_ENTRIES = 500;
const KEPT_AFTER_PRUNING = 400;
const ENTRY_NAME = /^[0-9a-f]{64}\.json$/;

/** Sources using these read something besides their text and includes, so they are never cached. */
const UNCACHEABLE = /incbin|%!|__\??(utc_)?(date|time)|posix_time/i;

type Assemble = (path: string, options: AssembleOptions) => Promise<AssembleResult>;

interface CacheEntry {
  format: number;
  /** Each file the assembly tried to read, with the sha256 of its text or null when it was missing. */
  files: [string, string | null][];
  lineTable: LineTableEntry[];
  object: string; // base64
}

/** `assemble(path, options)`, answered from the cache in `directory` when nothing it read has changed. */
export async function assembleCached(directory: string | undefined, path: string, options: AssembleOptions, assemble: Assemble): Promise<AssembleResult> {
  if (directory === undefined) return assemble(path, options);
  const key = entryKey(path, options);
  const entryPath = join(directory, `${key}.json`);
  const cached = readEntry(entryPath);
  if (cached) return cached;

  const files: [string, string | null][] = [];
  let cacheable = true;
  const readFile = (file: string): string | undefined => {
    const text = readSource(file);
    files.push([file, text === undefined ? null : hashText(text)]);
    if (text !== undefined && UNCACHEABLE.test(text)) cacheable = false;
    return text;
  };
  const result = await assemble(path, { ...options, readFile });
  if (cacheable && result.object && result.diagnostics.length === 0) {
    writeEntry(directory, entryPath, { format: CACHE_FORMAT, files, lineTable: result.lineTable, object: Buffer.from(result.object).toString('base64') });
  }
  return result;
}

function readEntry(entryPath: string): AssembleResult | undefined {
  let entry: CacheEntry;
  try {
    entry = JSON.parse(readFileSync(entryPath, 'utf8')) as CacheEntry;
  } catch {
    return undefined; // absent, or unreadable: assemble again and rewrite it
  }
  if (entry.format !== CACHE_FORMAT || !Array.isArray(entry.files)) return undefined;
  for (const [file, hash] of entry.files) {
    const text = readSource(file);
    if ((text === undefined ? null : hashText(text)) !== hash) return undefined;
  }
  touch(entryPath);
  return { object: new Uint8Array(Buffer.from(entry.object, 'base64')), diagnostics: [], lineTable: entry.lineTable };
}

function writeEntry(directory: string, entryPath: string, entry: CacheEntry): void {
  try {
    mkdirSync(directory, { recursive: true });
    writeFileAtomically(entryPath, JSON.stringify(entry));
    prune(directory);
  } catch {
    // a cache that cannot be written only costs the next run an assembly
  }
}

/** A hit marks its entry as recently used (its modification time), so pruning keeps it. */
function touch(entryPath: string): void {
  try {
    const now = new Date();
    utimesSync(entryPath, now, now);
  } catch {
    // an entry left with its old time may only be pruned sooner
  }
}

function prune(directory: string): void {
  const names = readdirSync(directory).filter((name) => ENTRY_NAME.test(name));
  if (names.length <= MAX_ENTRIES) return;
  const aged: { path: string; used: number }[] = [];
  for (const name of names) {
    const path = join(directory, name);
    try {
      aged.push({ path, used: statSync(path).mtimeMs });
    } catch {
      // removed by a concurrent run
    }
  }
  aged.sort((a, b) => a.used - b.used);
  for (const { path } of aged.slice(0, aged.length - KEPT_AFTER_PRUNING)) rmSync(path, { force: true });
}

function entryKey(path: string, options: AssembleOptions): string {
  return hashText(JSON.stringify([CACHE_FORMAT, buildIdentity(), path, options.includePaths ?? [], options.defines ?? {}]));
}

let identity: string | undefined;

/**
 * This build of run-asm: the bytes of each module in this one's folder and below (the bundle and
 * its chunks when run as the CLI) and Keystone's version.
 */
function buildIdentity(): string {
  if (identity === undefined) {
    try {
      const here = dirname(fileURLToPath(import.meta.url));
      const hash = createHash('sha256');
      for (const name of readdirSync(here, { recursive: true, encoding: 'utf8' }).sort()) {
        if (/\.(mjs|js|ts)$/.test(name)) hash.update(name).update(readFileSync(join(here, name)));
      }
      const keystone = dirname(dirname(createRequire(import.meta.url).resolve('keystone-wasm')));
      identity = hash.update(readFileSync(join(keystone, 'package.json'))).digest('hex');
    } catch {
      identity = `unhashed-${Date.now()}-${Math.random()}`; // no stable identity: never hit
    }
  }
  return identity;
}

function hashText(text: string): string {
  return createHash('sha256').update(text, 'latin1').digest('hex');
}
