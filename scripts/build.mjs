// Bundles the CLI into dist/run-asm.mjs; packages stay external so their .wasm and native files load from node_modules.
// Code split: the assembler (and Keystone) sit in a chunk loaded only when a source is assembled.
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `${root}src/cli.ts`;
if (existsSync(entry)) {
  rmSync(`${root}dist`, { recursive: true, force: true }); // no stale chunks
  await build({
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
    logLevel: 'warning',
  });
}
