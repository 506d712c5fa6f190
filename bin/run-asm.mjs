#!/usr/bin/env node
// Installed entry point: the CLI is bundled into dist/ by `npm run build` (run on install).
import { main } from '../dist/run-asm.mjs';
process.exitCode = await main(process.argv.slice(2));
