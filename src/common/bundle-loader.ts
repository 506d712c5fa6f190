// Loads one of run-asm's own bundles (dist/assemble-*.cjs, dist/run-command-*.cjs) as CommonJS,
// with V8's code cache: the bytecode of every function the last run compiled is stored in the cache
// directory, so a run after the first neither parses the bundle nor compiles the functions it calls
// again. A cache V8 refuses (another Node, other compiler flags) is simply made anew at exit.

import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { cacheDirectory, writeFileAtomically } from './cache-directory.ts';

/** V8 flags set while running, which a code cache must have been made under. */
let flagsSet = '';

/** Sets V8 flags for what is compiled from now on, and notes them for the code cache's name. */
export function setCompilerFlags(flags: string): void {
  v8FlagSetter()(flags);
  flagsSet += ` ${flags}`;
}

/**
 * V8's flag setter. node:v8 exports it, but loading node:v8 loads Node's stream modules with it (for
 * heap snapshots), about 4 ms of a start that takes a few dozen, so the binding node:v8 itself calls
 * is asked first, quietly: asking for it raises a deprecation notice meant for packages that reach
 * into Node's internals. A Node without the binding gets node:v8.
 */
function v8FlagSetter(): (flags: string) => void {
  const quiet = process.noDeprecation;
  try {
    process.noDeprecation = true;
    const binding = (process as unknown as { binding(name: string): { setFlagsFromString?: unknown } }).binding('v8');
    if (typeof binding.setFlagsFromString === 'function') return binding.setFlagsFromString as (flags: string) => void;
  } catch {
    // no such binding in this Node
  } finally {
    process.noDeprecation = quiet;
  }
  return (require('node:v8') as typeof import('node:v8')).setFlagsFromString;
}

/** The exports of the CommonJS bundle at `path`, compiled with the stored code cache when there is one. */
export function loadBundle(path: string, directory = cacheDirectory()): unknown {
  // bundles are ASCII (scripts/build.mjs), which latin1 reads without UTF-8's validation
  const source = readFileSync(path, 'latin1');
  const owner = cacheOwner(path);
  const cachePath = directory === undefined ? undefined : join(directory, 'code', `${owner.build}-${compilerIdentity()}.bin`);
  let cachedData: Buffer | undefined;
  if (cachePath !== undefined) {
    try {
      cachedData = readFileSync(cachePath);
    } catch {
      // nothing stored yet
    }
  }
  const script = new Script(wrap(source), { filename: path, cachedData });
  const module = { exports: {} as unknown };
  const body = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  body.call(module.exports, module.exports, createRequire(path), module, path, dirname(path));
  if (cachePath !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    // made at exit, so it holds every function this run compiled
    process.once('exit', () => storeCodeCache(cachePath, owner, script.createCachedData()));
  }
  return module.exports;
}

/**
 * What a code cache depends on besides the bundle's text: Node's V8, the machine and the flags set.
 * V8 itself refuses a cache made under other flags; the name only keeps such caches from replacing
 * each other. (node:crypto is not used for it: loading that module costs more than the cache saves.)
 */
function compilerIdentity(): string {
  const identity = `${process.version} ${process.arch} ${process.execArgv.join(' ')}${flagsSet}`;
  return `${fnv1a(identity, 0x811c9dc5)}${fnv1a(identity, 0x050c5d1f)}`;
}

/** 32-bit FNV-1a of `text`'s UTF-16 code units from `basis`, as 8 hex digits. */
function fnv1a(text: string, basis: number): string {
  let hash = basis;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Whose code caches the bundle at `path` (`.../dist/assemble-<content hash>.cjs`) reads: `build`
 * names its own, `installation` every build of that bundle installed in the same folder. Another
 * installation (a second checkout, a global and a local copy) keeps caches of its own.
 */
function cacheOwner(path: string): { build: string; installation: string } {
  const [bundle, contentHash] = basename(path, '.cjs').split(/-(?=[^-]+$)/);
  const installation = `${bundle}-${fnv1a(dirname(path), 0x811c9dc5)}-`;
  return { build: `${installation}${contentHash}`, installation };
}

/** Stores a build's cache and drops those of other builds of its installation, which no run reads again. */
function storeCodeCache(cachePath: string, { build, installation }: { build: string; installation: string }, data: Buffer): void {
  const directory = dirname(cachePath);
  try {
    mkdirSync(directory, { recursive: true });
    for (const name of readdirSync(directory)) {
      if (name.startsWith(installation) && !name.startsWith(`${build}-`)) rmSync(join(directory, name), { force: true });
    }
    writeFileAtomically(cachePath, data);
  } catch {
    // a cache that cannot be written only costs the next run a compile
  }
}
