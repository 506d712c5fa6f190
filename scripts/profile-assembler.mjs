// `npm run profile:assembler`: where the assembler's time goes, stage by stage, on the generated
// source `npm run bench` measures (row d). Each stage is timed in a fresh process, first run (cold,
// as in `run-asm -c`) and after two warm-up runs, so a change to one stage shows up in its row.
// Options: --lines N (default 20000), --cpu-prof DIR (also write a V8 CPU profile of the cold run).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedAssemblerSource } from './generated-source.mjs';
import { bundleTool } from './bundle-tool.mjs';

/** Runs the stages three times in one process and prints a row of milliseconds per run. */
const DRIVER = `
import { readFileSync } from 'node:fs';
import { preprocess } from './src/preprocess/preprocess.ts';
import { parseProgram } from './src/parse/parse.ts';
import { encode } from './src/encode/encode.ts';
import { TemplateEncoder } from './src/encode/keystone.ts';
import { writeElf } from './src/elf/write.ts';

const path = process.argv[2]!;
const text = readFileSync(path, 'latin1');
const rows: string[] = [];
for (let run = 1; run <= 3; run++) {
  const t0 = performance.now();
  // As in assembleSource: Keystone compiles while the source is preprocessed; its column is the wait left.
  const loading = TemplateEncoder.create(64);
  await new Promise(setImmediate);
  const { lines } = preprocess({ file: path, text }, {});
  const t1 = performance.now();
  const parsed = parseProgram(lines);
  const t2 = performance.now();
  const encoder = await loading;
  const t3 = performance.now();
  const encoded = encode({ statements: parsed.statements, diagnostics: [] }, { encoder });
  const t4 = performance.now();
  writeElf(encoded, path);
  const t5 = performance.now();
  const cells = [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t5 - t0].map((ms) => ms.toFixed(1).padStart(9));
  rows.push((run === 1 ? 'cold' : run === 3 ? 'warm' : '').padEnd(6) + cells.join(''));
}
console.log(\`\${text.split('\\n').length - 1} lines, milliseconds\`);
console.log('      ' + ['preproc', 'parse', 'keystone', 'encode', 'elf', 'total'].map((h) => h.padStart(9)).join(''));
console.log(rows[0]);
console.log(rows[2]);
`;

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const lineCount = Number(option('--lines') ?? 20_000);
const profileDirectory = option('--cpu-prof');

const work = mkdtempSync(join(tmpdir(), 'run-asm-profile-'));
try {
  const { text } = generatedAssemblerSource(lineCount);
  const source = join(work, 'generated.asm');
  writeFileSync(source, text);
  const driver = join(work, 'driver.mjs');
  await bundleTool({
    stdin: { contents: DRIVER, resolveDir: root, sourcefile: 'driver.ts', loader: 'ts' },
    outfile: driver,
  });
  const nodeArgs = profileDirectory ? ['--cpu-prof', '--cpu-prof-dir', profileDirectory] : [];
  const run = spawnSync(process.execPath, [...nodeArgs, driver, source], { cwd: root, stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
