// The seed's round-robin run: its three programs, one bare mnemonic per line, assembled to
// ./bins/pN.bin and run with quantum 1 must print the seed's 13 trace lines exactly.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../src/simulate.ts';
import { asm } from './helpers.ts';

const here = new URL('.', import.meta.url).pathname;
const packageDir = join(here, '..');
const examples = join(packageDir, 'examples');
const expected = readFileSync(join(here, 'fixtures/seed-trace.txt'), 'utf8');
const source = (name: string): string => readFileSync(join(examples, `${name}.s`), 'utf8');

describe('the seed round-robin trace', () => {
  it('comes out of the library', () => {
    const lines: string[] = [];
    simulate(
      ['p1', 'p2', 'p3'].map((p) => ({ path: `./bins/${p}.bin`, program: asm(source(p), `${p}.s`) })),
      { policy: 'rr', quantum: 1, onTrace: (line) => lines.push(line) },
    );
    expect(lines).toHaveLength(13);
    expect(`${lines.join('\n')}\n`).toBe(expected);
  });

  describe('comes out of the built sched-vm command', () => {
    const bin = join(packageDir, 'bin/sched-vm.mjs');
    let work: string;
    beforeAll(() => {
      execFileSync(process.execPath, [join(packageDir, 'scripts/build.mjs'), '--no-types'], { stdio: 'inherit' });
      work = mkdtempSync(join(tmpdir(), 'sched-vm-golden-'));
      mkdirSync(join(work, 'bins'));
      for (const p of ['p1', 'p2', 'p3']) {
        execFileSync(process.execPath, [bin, 'asm', join(examples, `${p}.s`), '-o', `./bins/${p}.bin`], { cwd: work });
      }
    }, 120_000);

    it('prints exactly the 13 lines', () => {
      const stdout = execFileSync(
        process.execPath,
        [bin, 'run', '--policy', 'rr', '--quantum', '1', '--trace', './bins/p1.bin', './bins/p2.bin', './bins/p3.bin'],
        { cwd: work, encoding: 'utf8' },
      );
      expect(stdout).toBe(expected);
    });

    it('stops quietly when its reader goes away', () => {
      // `head -1` closes the pipe after one line of an endless trace: no EPIPE crash, status 0.
      const script = `"${process.execPath}" "${bin}" run --trace --max-ticks 100000000 ./bins/loop.bin | head -1; echo "status \${PIPESTATUS[0]}"`;
      writeFileSync(join(work, 'loop.s'), 'top: NOP\nJMP top\n');
      execFileSync(process.execPath, [bin, 'asm', 'loop.s', '-o', './bins/loop.bin'], { cwd: work });
      const out = execFileSync('bash', ['-c', script], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(out).toBe('[./bins/loop.bin]: NOP\nstatus 0\n');
    });
  });
});
