#!/usr/bin/env node
// Installed entry point: the CLI is bundled into dist/ by `npm run build` (run on install).
'use strict';
const { main } = require('../dist/run-asm.cjs');

// Nothing is left to do once main returns (its output is written), and leaving at once spares the
// heap's slow teardown.
main(process.argv.slice(2)).then((status) => process.exit(status));
