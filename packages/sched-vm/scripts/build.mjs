// Bundles the sched-vm CLI, the library entry and the benchmark into dist/ so they run with plain node.
// Type declarations for the library come from tsc; both tools are the workspace root's dev dependencies.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' };

await build({
  ...common,
  entryPoints: {
    'sched-vm': `${root}src/cli/bin.ts`,
    index: `${root}src/index.ts`,
    bench: `${root}bench/bench.ts`,
  },
  outdir: `${root}dist`,
  outExtension: { '.js': '.mjs' },
});

// Tests that only need the CLI pass --no-types to skip the slower declaration step.
if (!process.argv.includes('--no-types')) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', `${root}tsconfig.build.json`], { stdio: 'inherit' });
}
