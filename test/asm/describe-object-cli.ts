// Fixture helper for scripts/regen-asm-fixtures.sh: an ELF object path and the name to report it
// under in, the reader's description of it out on stdout.

import { readFileSync } from 'node:fs';
import { readObject } from '../../src/elf/read.ts';
import { describeObject } from '../../src/elf/read-describe.ts';

const [objectPath, name] = process.argv.slice(2);
process.stdout.write(describeObject(readObject(readFileSync(objectPath), name ?? objectPath)));
