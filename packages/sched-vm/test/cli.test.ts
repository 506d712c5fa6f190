// The sched-vm command, run in-process: asm, dis and run, workload files, output formats, and the
// messages for bad input.

import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers.ts';

const examples = new URL('../examples/', import.meta.url).pathname;
let work: string;
const at = (name: string): string => join(work, name);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sched-vm-cli-'));
  for (const file of readdirSync(examples)) copyFileSync(join(examples, file), at(file));
  const sources = readdirSync(work).filter((f) => f.endsWith('.s')).map(at);
  expect(runCli(['asm', ...sources])).toMatchObject({ status: 0, stderr: '' });
});

describe('sched-vm asm and dis', () => {
  it('reports source errors nasm-style and writes nothing', () => {
    writeFileSync(at('bad.s'), 'PUSH\nBLAH 3\nJMP nowhere\n');
    const result = runCli(['asm', at('bad.s'), '-o', at('bad.bin')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${at('bad.s')}:2: error: unknown instruction \`BLAH'\n${at('bad.s')}:3: error: undefined label \`nowhere'\n`);
    expect(() => readFileSync(at('bad.bin'))).toThrow();
  });

  it('creates missing output directories and reports one it cannot create', () => {
    expect(runCli(['asm', at('p1.s'), '-o', at('deep/er/p1.bin')]).status).toBe(0);
    expect(readFileSync(at('deep/er/p1.bin'))).toEqual(readFileSync(at('p1.bin')));
    const blocked = runCli(['asm', at('p1.s'), '-o', join(at('p1.s'), 'x.bin')]);
    expect(blocked.status).toBe(1);
    expect(blocked.stderr).toMatch(/x\.bin: error: cannot write: ENOTDIR/);
  });

  it('disassembles to source that assembles back to the same bytes', () => {
    const listing = runCli(['dis', at('countdown.bin')]);
    expect(listing.status).toBe(0);
    expect(listing.stdout).toContain('L2:\n    LOAD\n    PRINT\n    SLEEP 2\n');
    writeFileSync(at('again.s'), listing.stdout);
    expect(runCli(['asm', at('again.s')]).status).toBe(0);
    expect(readFileSync(at('again.bin'))).toEqual(readFileSync(at('countdown.bin')));
  });

  it('refuses files that are not sched-vm binaries', () => {
    expect(runCli(['dis', at('p1.s')])).toMatchObject({
      status: 1,
      stderr: `${at('p1.s')}: error: not a sched-vm binary (no SVM magic); this looks like source text: assemble it with \`sched-vm asm\`\n`,
    });
    expect(runCli(['run', at('missing.bin')]).stderr).toBe(`${at('missing.bin')}: error: cannot read: no such file\n`);
  });
});

describe('sched-vm run', () => {
  it('runs a workload file: output, faults on stderr, metrics table', () => {
    const result = runCli(['run', '--policy', 'priority', '--preemptive', '--workload', at('workload.txt')]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('sched-vm: divide-by-zero.bin: fault at instruction 2 (DIVS): division by zero\n');
    expect(result.stdout).toMatch(/^countdown.bin: 5\n/);
    expect(result.stdout).toContain('policy priority: 3 of 4 tasks completed, 1 faulted');
    expect(result.stdout).toContain('divide-by-zero.bin: fault at instruction 2 (DIVS): division by zero');
  });

  it('prints everything as JSON', () => {
    const result = runCli(['run', '--policy', 'mlfq', '--quanta', '2,4', '--trace', '--json', `${at('p1.bin')}@arrival=1`, at('p3.bin')]);
    const doc = JSON.parse(result.stdout);
    expect(doc.policy).toBe('mlfq');
    expect(doc.summary).toMatchObject({ tasks: 2, completed: 2, cpuBusy: 8 });
    expect(doc.tasks[0]).toMatchObject({ arrival: 1, cpuTime: 5, state: 'done' });
    expect(doc.trace).toHaveLength(8);
    expect(doc.timeline.length).toBeGreaterThan(0);
  });

  it('draws a Gantt chart', () => {
    const result = runCli(['run', '--policy', 'fcfs', '--gantt', at('p1.bin'), at('p3.bin')]);
    expect(result.stdout).toContain(`${at('p1.bin')} |#####   |`.slice(-16));
    expect(result.stdout).toContain('one column = 1 tick');
  });

  it('stops a run that never ends', () => {
    writeFileSync(at('forever.s'), 'top: JMP top\n');
    runCli(['asm', at('forever.s')]);
    const result = runCli(['run', '--max-ticks', '1000', at('forever.bin')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('sched-vm: stopped at tick 1000 with 1 tasks unfinished (raise --max-ticks)\n');
  });

  it('explains bad usage', () => {
    expect(runCli(['run', '--policy', 'lottery', at('p1.bin')]).stderr).toMatch(/unknown policy `lottery' \(known: fcfs, sjf, srtf, rr, priority, mlfq\)/);
    expect(runCli(['run', '--quantum', '0', at('p1.bin')]).stderr).toMatch(/--quantum expects a whole number of at least 1, got `0'/);
    expect(runCli(['run', `${at('p1.bin')}@arival=3`]).stderr).toMatch(/unknown task setting `arival'/);
    expect(runCli(['run'])).toMatchObject({ status: 2 });
    expect(runCli(['frobnicate']).stderr).toMatch(/unknown command `frobnicate'/);
    writeFileSync(at('bad-workload.txt'), 'p1.bin arrival=x\n');
    expect(runCli(['run', '--workload', at('bad-workload.txt')]).stderr).toBe(`${at('bad-workload.txt')}:1: error: arrival expects a whole number, got \`x'\n`);
  });
});
