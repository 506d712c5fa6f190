// Our objects linked by the real gcc and run natively must print and exit exactly as the same
// programs assembled by nasm did (native-stdout.txt / native-exit.txt, recorded by
// scripts/regen-asm-fixtures.sh). Needs gcc on PATH; skipped, saying so, where it is missing.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/common/diagnostic.ts';
import { assembleSource } from '../../src/assemble.ts';
import { listCases, optionsForFolder } from './corpus.ts';

const gccAvailable = spawnSync('gcc', ['--version']).status === 0;
const nativeRuns = process.platform === 'linux' && process.arch === 'x64';
const runnable = listCases(fileURLToPath(new URL('./cases', import.meta.url))).filter((c) => c.run);

describe('linking our objects with gcc', () => {
  if (!gccAvailable || !nativeRuns) {
    it.skip(`skipped: ${gccAvailable ? 'not an x86-64 Linux host' : 'gcc is not on PATH'}`, () => {});
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'run-asm-gcc-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('covers hello, repl and several other programs', () => {
    const names = runnable.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['hello', 'repl']));
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  for (const program of runnable) {
    it(program.name, async () => {
      const result = await assembleSource(program.file, program.source, optionsForFolder(program.dir));
      expect(result.diagnostics.filter((d) => d.severity !== 'warning').map(formatDiagnostic)).toEqual([]);
      expect(result.object).toBeDefined();
      const objectPath = join(work, `${program.name}.o`);
      const executable = join(work, program.name);
      writeFileSync(objectPath, result.object!);
      const link = spawnSync('gcc', [objectPath, '-o', executable], { encoding: 'utf8' });
      expect(link.status, link.stderr).toBe(0);
      const run = spawnSync(executable, [], { input: program.run!.stdin, encoding: 'latin1', timeout: 20_000 });
      expect(run.stdout).toBe(program.run!.stdout);
      expect(run.status).toBe(program.run!.exitCode);
    });
  }
});
