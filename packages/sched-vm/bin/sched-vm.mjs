#!/usr/bin/env node
// Runs the bundled CLI; the package's build script (run on install) writes dist/sched-vm.mjs.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/sched-vm.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('sched-vm: dist/sched-vm.mjs is missing; run `npm run build -w sched-vm` first\n');
  process.exit(1);
}
await import(bundle.href);
