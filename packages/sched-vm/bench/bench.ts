// Throughput benchmark: 10,000 tasks x 1,000 instructions under each policy, then the cost per
// executed instruction as the task count grows from 100 to 100,000 (it should stay flat: no
// policy scans all tasks per tick). Prints a Markdown table for the README.

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

/** Best of enough repetitions to execute at least ten million instructions. */
function measure(n: number, options: SimulateOptions): { seconds: number; perSecond: number; nsPerInstruction: number } {
  const executedPerRun = n * INSTRUCTIONS_PER_TASK;
  const runs = Math.max(1, Math.ceil(10_000_000 / executedPerRun));
  let seconds = Infinity;
  for (let run = 0; run < runs; run++) {
    const specs = workload(n);
    const started = process.hrtime.bigint();
    const result = simulate(specs, options);
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - started) / 1e9);
    if (result.summary.cpuBusy !== executedPerRun || result.summary.completed !== n) {
      throw new Error(`${result.policy}: executed ${result.summary.cpuBusy} instructions, completed ${result.summary.completed} of ${n}`);
    }
  }
  return { seconds, perSecond: executedPerRun / seconds, nsPerInstruction: (seconds * 1e9) / executedPerRun };
}

const millions = (n: number): string => (n / 1e6).toFixed(1);
const onlyArg = process.argv[2];

// Warm the JIT on a small run of every policy first.
for (const c of CASES) measure(200, c.options);

console.log(`node ${process.version}, ${INSTRUCTIONS_PER_TASK} instructions per task\n`);
console.log('| policy | 10,000 tasks: seconds | million instructions/s |');
console.log('|---|---:|---:|');
for (const c of CASES) {
  if (onlyArg !== undefined && !c.label.startsWith(onlyArg)) continue;
  const m = measure(10_000, c.options);
  console.log(`| ${c.label} | ${m.seconds.toFixed(2)} | ${millions(m.perSecond)} |`);
}

const SIZES = [100, 1_000, 10_000, 100_000];
console.log(`\nns per executed instruction by task count\n`);
console.log(`| policy | ${SIZES.map((s) => s.toLocaleString('en')).join(' | ')} |`);
console.log(`|---|${SIZES.map(() => '---:').join('|')}|`);
for (const c of CASES) {
  if (onlyArg !== undefined && !c.label.startsWith(onlyArg)) continue;
  const cells = SIZES.map((n) => measure(n, c.options).nsPerInstruction.toFixed(1));
  console.log(`| ${c.label} | ${cells.join(' | ')} |`);
}
