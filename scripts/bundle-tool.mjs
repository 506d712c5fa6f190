// How the development scripts bundle a TypeScript tool to run under Node: one ESM file, packages
// left external so their .wasm and native files load from node_modules.
import { build } from 'esbuild';

export function bundleTool(options) {
  return build({
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    ...options,
  });
}
