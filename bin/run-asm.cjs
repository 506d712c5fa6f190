#!/usr/bin/env node
// Installed entry point: the CLI is bundled into dist/ by `npm run build` (run on install).
'use strict';
const { main } = require('../dist/run-asm.cjs');

main(process.argv.slice(2)).then((status) => {
  // Nothing is left to do once main returns; leaving at once spares the heap's slow teardown.
  // Output still queued for a pipe is let drain first.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(status);
  else process.exitCode = status;
});
