// Bundles the CLI into dist/ as CommonJS: dist/run-asm.cjs (the command line) and two bundles it
// requires only when needed, the assembler (with Keystone behind it) and the runtime (linker, libc,
// Unicorn). Packages stay external so their .wasm and native files load from node_modules.
// CommonJS because a run starts sooner that way: Node loads a required script without starting its
// ES module loader, and without the whole `fs/promises`/streams family an ES import of `node:fs` pulls in.
// The CLI loads the two lazy bundles through V8's code cache (src/common/bundle-loader.ts).
//
// The two lazy bundles are named by content hash and old ones are removed only once no run can still
// want them, so a rebuild never pulls a bundle from under a run that started before it; every file
// is written whole (to a temporary name, then renamed) so a starting run never reads half of one.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const cliEntry = `${root}src/cli.ts`;
const bundleLoader = `${root}src/common/bundle-loader.ts`;
/** The modules cli.ts imports lazily, each its own bundle. */
const LAZY = { assemble: `${root}src/assemble.ts`, 'run-command': `${root}src/run/run-command.ts` };
/** A run loads its bundles while starting; a file unused by this build and older than this is stale. */
const STALE_AFTER_MS = 10 * 60 * 1000;

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  // `import()` becomes `require()`: a lazily loaded bundle or package then loads as CommonJS too.
  supported: { 'dynamic-import': false },
  // The sources find files next to themselves through import.meta.url; in a bundle that is the bundle's own.
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__bundleUrl' },
  sourcemap: 'linked',
  // ASCII only (other characters escaped), so the bundle loader reads a bundle as latin1, which is exact
  charset: 'ascii',
  write: false,
  logLevel: 'warning',
};

if (existsSync(cliEntry)) {
  mkdirSync(dist, { recursive: true });
  const lazy = await build({ ...common, entryPoints: LAZY, outdir: dist, entryNames: '[name]-[hash]', outExtension: { '.js': '.cjs' } });
  const lazyFile = (name) => basename(lazy.outputFiles.find((file) => new RegExp(`/${name}-[^/]*\\.cjs$`).test(file.path)).path);
  const lazyPaths = new Map(Object.entries(LAZY).map(([name, path]) => [path, `./${lazyFile(name)}`]));
  const cli = await build({
    ...common,
    entryPoints: { 'run-asm': cliEntry },
    outdir: dist,
    outExtension: { '.js': '.cjs' },
    plugins: [
      {
        name: 'lazy-bundles',
        setup(builder) {
          builder.onResolve({ filter: /\.ts$/ }, ({ path, resolveDir, importer }) => {
            if (importer !== cliEntry) return undefined;
            const target = lazyPaths.get(join(resolveDir, path));
            return target ? { path: target, namespace: 'lazy-bundle' } : undefined;
          });
          // A lazy bundle is loaded through the code cache (src/common/bundle-loader.ts), from next to the CLI bundle.
          builder.onLoad({ filter: /.*/, namespace: 'lazy-bundle' }, ({ path }) => ({
            contents: `module.exports = require(${JSON.stringify(bundleLoader)}).loadBundle(require('node:path').join(__dirname, ${JSON.stringify(path)}));`,
            resolveDir: root,
            loader: 'js',
          }));
        },
      },
    ],
  });
  const written = new Set();
  for (const file of [...lazy.outputFiles, ...cli.outputFiles]) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
    written.add(basename(file.path));
  }
  removeStale(dist, written);
  removeStale(join(dist, 'chunks'), written);
}

function removeStale(directory, written) {
  if (!existsSync(directory)) return;
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    const stats = statSync(path);
    if (written.has(name) || Date.now() - stats.mtimeMs <= STALE_AFTER_MS) continue;
    rmSync(path, { recursive: true, force: true });
  }
}
