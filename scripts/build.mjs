// Bundles the CLI into dist/run-asm.mjs; packages stay external so their .wasm and native files load from node_modules.
// Code split: the assembler (and Keystone) sit in a chunk loaded only when a source is assembled.
// Chunks are named by content hash and old ones are removed only once no run can still want them,
// so a rebuild never pulls a chunk from under a run that started before it.
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `${root}src/cli.ts`;
const chunks = join(root, 'dist', 'chunks');
/** A run loads its chunks while starting; a chunk unused by this build and older than this is stale. */
const STALE_AFTER_MS = 10 * 60 * 1000;

if (existsSync(entry)) {
  const result = await build({
    entryPoints: { 'run-asm': entry },
    outdir: `${root}dist`,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  const written = new Set(Object.keys(result.metafile.outputs).map((path) => path.replace(/^.*\/chunks\//, '')));
  for (const name of readdirSync(chunks)) {
    const path = join(chunks, name);
    if (!written.has(name) && Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { force: true });
  }
}
