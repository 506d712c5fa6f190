// Throughput benchmark: 10,000 tasks x 1,000 instructions under each policy, then the cost per
// executed instruction as the task count grows from 100 to 100,000 (it should stay flat: no
// policy scans all tasks per tick). Prints Markdown tables for the README.
//
// Each measurement runs in a fresh node process, so one policy's JIT state cannot slow another,
// and reports CPU time (user + system) of the simulation, which shared machines disturb less
// than wall time.

import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { assembleSource } from '../src/assembler/assemble.ts';
import { simulate, type SimulateOptions } from '../src/simulate.ts';
import type { TaskSpec } from '../src/vm/task.ts';

// 1 + 333 * 3 = 1,000 instructions, then the task runs off its end.
const WORK = assembleSource('PUSH 333\nloop: SUB\nDUP\nJNZ loop\n', 'bench.s');
const INSTRUCTIONS_PER_TASK = 1000;

interface Case {
  readonly label: string;
  readonly options: SimulateOptions;
}

const CASES: readonly Case[] = [
  { label: 'rr, quantum 1', options: { policy: 'rr', quantum: 1 } },
  { label: 'rr, quantum 4', options: { policy: 'rr', quantum: 4 } },
  { label: 'rr, quantum 100', options: { policy: 'rr', quantum: 100 } },
  { label: 'fcfs', options: { policy: 'fcfs' } },
  { label: 'sjf', options: { policy: 'sjf' } },
  { label: 'srtf', options: { policy: 'srtf' } },
  { label: 'priority, non-preemptive', options: { policy: 'priority' } },
  { label: 'priority, preemptive, aging 1000', options: { policy: 'priority', preemptive: true, aging: 1000 } },
  { label: 'mlfq, quanta 4,8,16, boost 100', options: { policy: 'mlfq', quanta: [4, 8, 16], boost: 100 } },
];

/** n tasks, arriving one per tick from tick 0, priorities cycling 0..7. */
function workload(n: number): TaskSpec[] {
  return Array.from({ length: n }, (_, i) => ({ path: `t${i}.bin`, program: WORK, arrival: i, priority: i % 8 }));
}

function cpuSeconds(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
}

/** In a child: best CPU time of enough runs to execute at least ten million instructions. */
function measureHere(caseIndex: number, n: number): number {
  const options = CASES[caseIndex].options;
  // Warm the JIT well, so short runs do not pay for compiling (CPU time counts compiler threads).
  for (let i = 0; i < 3; i++) simulate(workload(1000), options);
  const executedPerRun = n * INSTRUCTIONS_PER_TASK;
  const runs = Math.max(n >= 100_000 ? 2 : 3, Math.ceil(10_000_000 / executedPerRun));
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const specs = workload(n);
    const started = cpuSeconds();
    const result = simulate(specs, options);
    best = Math.min(best, cpuSeconds() - started);
    if (result.summary.cpuBusy !== executedPerRun || result.summary.completed !== n) {
      throw new Error(`${result.policy}: executed ${result.summary.cpuBusy} instructions, completed ${result.summary.completed} of ${n}`);
    }
  }
  return best;
}

function measure(caseIndex: number, n: number): number {
  const child = spawnSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), '--measure', String(caseIndex), String(n)], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`benchmark child failed: ${child.stderr}`);
  return Number(child.stdout.trim());
}

const [mode, caseArg, tasksArg] = process.argv.slice(2);
if (mode === '--measure') {
  console.log(measureHere(Number(caseArg), Number(tasksArg)));
} else {
  const only = mode;
  const chosen = CASES.map((c, i) => ({ ...c, index: i })).filter((c) => only === undefined || c.label.startsWith(only));
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${INSTRUCTIONS_PER_TASK} instructions per task, CPU seconds\n`);
  console.log('| policy | 10,000 tasks: CPU seconds | million instructions/s |');
  console.log('|---|---:|---:|');
  for (const c of chosen) {
    const seconds = measure(c.index, 10_000);
    console.log(`| ${c.label} | ${seconds.toFixed(2)} | ${(10_000 * INSTRUCTIONS_PER_TASK / seconds / 1e6).toFixed(1)} |`);
  }
  const sizes = [100, 1_000, 10_000, 100_000];
  console.log('\nns per executed instruction by task count\n');
  console.log(`| policy | ${sizes.map((s) => s.toLocaleString('en')).join(' | ')} |`);
  console.log(`|---|${sizes.map(() => '---:').join('|')}|`);
  for (const c of chosen) {
    const cells = sizes.map((n) => ((measure(c.index, n) * 1e9) / (n * INSTRUCTIONS_PER_TASK)).toFixed(1));
    console.log(`| ${c.label} | ${cells.join(' | ')} |`);
  }
}
