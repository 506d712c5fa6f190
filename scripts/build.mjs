// Bundles the CLI into dist/run-asm.mjs; packages stay external so their .wasm and native files load from node_modules.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `${root}src/cli.ts`;
if (existsSync(entry)) {
  await build({
    entryPoints: [entry],
    outfile: `${root}dist/run-asm.mjs`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}
