// Textbook workloads with the expected schedule worked out by hand. Each task is a straight-line
// program of exactly `burst` CPU ticks (NOPs, then HALT), so one tick = one instruction.

import { describe, expect, it } from 'vitest';
import { simulate, type SimulateOptions } from '../src/simulate.ts';
import { MlfqScheduler } from '../src/schedulers/mlfq.ts';
import { runTasks } from '../src/vm/machine.ts';
import { asm, burst } from './helpers.ts';

interface Job {
  readonly name: string;
  readonly burst: number;
  readonly arrival?: number;
  readonly priority?: number;
}

function run(jobs: readonly Job[], options: SimulateOptions) {
  const result = simulate(
    jobs.map((j) => ({ path: j.name, program: burst(j.burst), arrival: j.arrival, priority: j.priority })),
    { ...options, timeline: true },
  );
  const byName = Object.fromEntries(result.tasks.map((t) => [t.path, t]));
  const segments = result.timeline.map((s) => `${jobs[s.task]?.name ?? (s.task === -1 ? 'switch' : 'idle')} ${s.start}-${s.end}`);
  return { result, byName, segments, summary: result.summary };
}

// P1 24, P2 3, P3 3, all at tick 0.
const CONVOY: Job[] = [
  { name: 'P1', burst: 24 },
  { name: 'P2', burst: 3 },
  { name: 'P3', burst: 3 },
];

describe('FCFS', () => {
  it('runs the convoy in arrival order', () => {
    // P1 0-24, P2 24-27, P3 27-30. Waiting 0, 24, 27 (avg 17); turnaround 24, 27, 30 (avg 27);
    // response = waiting without preemption (avg 17).
    const { segments, summary } = run(CONVOY, { policy: 'fcfs' });
    expect(segments).toEqual(['P1 0-24', 'P2 24-27', 'P3 27-30']);
    expect(summary.averageWaiting).toBe(17);
    expect(summary.averageTurnaround).toBe(27);
    expect(summary.averageResponse).toBe(17);
    // 3 tasks in 30 ticks, CPU busy all the time.
    expect(summary.throughput).toBeCloseTo(3 / 30);
    expect(summary.cpuUtilisation).toBe(1);
  });

  it('idles until the first arrival and charges the switch cost between tasks', () => {
    // A arrives at 2 (idle 0-2), runs 2-5; switch 5-6; B (arrived 1... no: 3) runs 6-8.
    // B waits 3..6 = 3 ticks (the switch tick counts as waiting).
    const { segments, byName, summary } = run(
      [{ name: 'A', burst: 3, arrival: 2 }, { name: 'B', burst: 2, arrival: 3 }],
      { policy: 'fcfs', switchCost: 1 },
    );
    expect(segments).toEqual(['idle 0-2', 'A 2-5', 'switch 5-6', 'B 6-8']);
    expect(byName.B.waiting).toBe(3);
    expect(summary.switchTicks).toBe(1);
    expect(summary.elapsed).toBe(6); // from the first arrival (2) to the end (8)
    expect(summary.cpuUtilisation).toBeCloseTo(5 / 6);
  });
});

describe('round robin', () => {
  it('shares the convoy with quantum 4', () => {
    // P1 0-4, P2 4-7, P3 7-10, P1 10-30 (alone, so it keeps renewing its quantum).
    // Waiting: P1 10-4 = 6, P2 4, P3 7 -> avg 17/3. Turnaround 30, 7, 10 -> 47/3.
    // Response 0, 4, 7 -> 11/3.
    const { segments, summary, byName } = run(CONVOY, { policy: 'rr', quantum: 4 });
    expect(segments).toEqual(['P1 0-4', 'P2 4-7', 'P3 7-10', 'P1 10-30']);
    expect(summary.averageWaiting).toBeCloseTo(17 / 3);
    expect(summary.averageTurnaround).toBeCloseTo(47 / 3);
    expect(summary.averageResponse).toBeCloseTo(11 / 3);
    expect(byName.P1.contextSwitches).toBe(1);
    expect(summary.contextSwitches).toBe(3);
  });

  it('queues a newcomer ahead of the task whose quantum just ended', () => {
    // A (5) at 0, B (2) at 2, quantum 2: A 0-2; at tick 2 B arrives and A's quantum ends, B goes
    // first: B 2-4, A 4-7. Waiting A 2, B 0.
    const { segments, byName } = run([{ name: 'A', burst: 5 }, { name: 'B', burst: 2, arrival: 2 }], { policy: 'rr', quantum: 2 });
    expect(segments).toEqual(['A 0-2', 'B 2-4', 'A 4-7']);
    expect(byName.A.waiting).toBe(2);
    expect(byName.B.waiting).toBe(0);
  });
});

describe('SJF', () => {
  it('runs the shortest job first', () => {
    // P1 6, P2 8, P3 7, P4 3 at 0: P4 0-3, P1 3-9, P3 9-16, P2 16-24.
    // Waiting 3, 16, 9, 0 -> avg 7. Turnaround 9, 24, 16, 3 -> avg 13.
    const { segments, summary } = run(
      [{ name: 'P1', burst: 6 }, { name: 'P2', burst: 8 }, { name: 'P3', burst: 7 }, { name: 'P4', burst: 3 }],
      { policy: 'sjf' },
    );
    expect(segments).toEqual(['P4 0-3', 'P1 3-9', 'P3 9-16', 'P2 16-24']);
    expect(summary.averageWaiting).toBe(7);
    expect(summary.averageTurnaround).toBe(13);
    expect(summary.averageResponse).toBe(7);
  });

  it('does not preempt, and uses a given burst over the measured one', () => {
    // P1 8 at 0, P2 4 at 1, P3 9 at 2, P4 5 at 3: P1 0-8, then P2 8-12, P4 12-17, P3 17-26.
    // Waiting 0, 7, 15, 9 -> avg 31/4.
    const jobs = [
      { name: 'P1', burst: 8, arrival: 0 },
      { name: 'P2', burst: 4, arrival: 1 },
      { name: 'P3', burst: 9, arrival: 2 },
      { name: 'P4', burst: 5, arrival: 3 },
    ];
    const { segments, summary } = run(jobs, { policy: 'sjf' });
    expect(segments).toEqual(['P1 0-8', 'P2 8-12', 'P4 12-17', 'P3 17-26']);
    expect(summary.averageWaiting).toBe(31 / 4);
    // Claiming P3 is short (burst=1) moves it ahead of P2 and P4.
    const lied = simulate(
      jobs.map((j) => ({ path: j.name, program: burst(j.burst), arrival: j.arrival, burst: j.name === 'P3' ? 1 : undefined })),
      { policy: 'sjf' },
    );
    expect(lied.tasks[2].firstRun).toBe(8);
  });
});

describe('SRTF', () => {
  it('preempts for a newcomer with less remaining time', () => {
    // P1 8 at 0, P2 4 at 1, P3 9 at 2, P4 5 at 3.
    // P1 0-1 (P2 arrives needing 4 < 7), P2 1-5, P4 5-10, P1 10-17, P3 17-26.
    // Waiting P1 17-8 = 9, P2 0, P3 15, P4 2 -> avg 6.5. Turnaround 17, 4, 24, 7 -> avg 13.
    // Response 0, 0, 15, 2 -> avg 4.25.
    const { segments, summary } = run(
      [
        { name: 'P1', burst: 8, arrival: 0 },
        { name: 'P2', burst: 4, arrival: 1 },
        { name: 'P3', burst: 9, arrival: 2 },
        { name: 'P4', burst: 5, arrival: 3 },
      ],
      { policy: 'srtf' },
    );
    expect(segments).toEqual(['P1 0-1', 'P2 1-5', 'P4 5-10', 'P1 10-17', 'P3 17-26']);
    expect(summary.averageWaiting).toBe(6.5);
    expect(summary.averageTurnaround).toBe(13);
    expect(summary.averageResponse).toBe(4.25);
  });
});

describe('priority', () => {
  // P1 10 (prio 3), P2 1 (1), P3 2 (4), P4 1 (5), P5 5 (2), all at 0; lower number wins.
  const FIVE: Job[] = [
    { name: 'P1', burst: 10, priority: 3 },
    { name: 'P2', burst: 1, priority: 1 },
    { name: 'P3', burst: 2, priority: 4 },
    { name: 'P4', burst: 1, priority: 5 },
    { name: 'P5', burst: 5, priority: 2 },
  ];

  it('non-preemptive: best priority first', () => {
    // P2 0-1, P5 1-6, P1 6-16, P3 16-18, P4 18-19.
    // Waiting 6, 0, 16, 18, 1 -> avg 8.2. Turnaround 16, 1, 18, 19, 6 -> avg 12.
    const { segments, summary } = run(FIVE, { policy: 'priority' });
    expect(segments).toEqual(['P2 0-1', 'P5 1-6', 'P1 6-16', 'P3 16-18', 'P4 18-19']);
    expect(summary.averageWaiting).toBeCloseTo(8.2);
    expect(summary.averageTurnaround).toBe(12);
  });

  it('preemptive: a better priority takes the CPU at once', () => {
    // P1 5 (prio 3) at 0, P2 3 (1) at 1, P3 2 (2) at 2.
    // P1 0-1, P2 1-4, P3 4-6, P1 6-10. Waiting 5, 0, 2 -> 7/3; turnaround 10, 3, 4 -> 17/3;
    // response 0, 0, 2 -> 2/3.
    const { segments, summary } = run(
      [
        { name: 'P1', burst: 5, priority: 3, arrival: 0 },
        { name: 'P2', burst: 3, priority: 1, arrival: 1 },
        { name: 'P3', burst: 2, priority: 2, arrival: 2 },
      ],
      { policy: 'priority', preemptive: true },
    );
    expect(segments).toEqual(['P1 0-1', 'P2 1-4', 'P3 4-6', 'P1 6-10']);
    expect(summary.averageWaiting).toBeCloseTo(7 / 3);
    expect(summary.averageTurnaround).toBeCloseTo(17 / 3);
    expect(summary.averageResponse).toBeCloseTo(2 / 3);
  });

  it('aging lets a low priority through a stream of better ones', () => {
    // L (prio 9, 3 ticks) at 0; H1..H6 (prio 0, 2 ticks each) arrive at 0, 2, 4, ..., 10, so a
    // prio-0 task is always ready and each runs 2 ticks. Without aging L runs last, at 12.
    // Aging orders by priority*aging + ready tick. Aging 4: L's key 36 loses to every H
    // (keys 0..10), still 12. Aging 1: L's key 9 beats H6's 10 (ready at 10) but not H5's 8,
    // so L runs right after H5, at tick 10.
    const jobs: Job[] = [{ name: 'L', burst: 3, priority: 9 }];
    for (let k = 0; k < 6; k++) jobs.push({ name: `H${k + 1}`, burst: 2, priority: 0, arrival: 2 * k });
    expect(run(jobs, { policy: 'priority' }).byName.L.firstRun).toBe(12);
    expect(run(jobs, { policy: 'priority', aging: 4 }).byName.L.firstRun).toBe(12);
    expect(run(jobs, { policy: 'priority', aging: 1 }).byName.L.firstRun).toBe(10);
  });

  it('preemptive aging: a waiting task takes over once a whole level better', () => {
    // A (prio 0, 10 ticks) at 0 runs; B (prio 1, 3 ticks) arrives at 1. Aging 2: B's key is
    // 1*2 + 1 = 3; A was dispatched at 0 with key 0. B takes over when now >= 3 - 0 + 2 = 5.
    // A 0-5, B 5-8, then A 8-13 (B finishes before A's key would beat it).
    const { segments } = run(
      [{ name: 'A', burst: 10, priority: 0 }, { name: 'B', burst: 3, priority: 1, arrival: 1 }],
      { policy: 'priority', preemptive: true, aging: 2 },
    );
    expect(segments).toEqual(['A 0-5', 'B 5-8', 'A 8-13']);
  });
});

describe('MLFQ', () => {
  it('demotes a task that uses its whole quantum', () => {
    // Two levels, quanta 2 and 4, no boost. A 7, B 3, both at 0.
    // A 0-2 (used 2: demoted), B 2-4 (demoted), A 4-8 (bottom quantum 4, B waiting: requeued),
    // B 8-9 done, A 9-10 done. Turnaround A 10, B 9 (avg 9.5); waiting A 3, B 6 (avg 4.5);
    // response A 0, B 2 (avg 1).
    const { segments, summary } = run([{ name: 'A', burst: 7 }, { name: 'B', burst: 3 }], { policy: 'mlfq', quanta: [2, 4], boost: 0 });
    expect(segments).toEqual(['A 0-2', 'B 2-4', 'A 4-8', 'B 8-9', 'A 9-10']);
    expect(summary.averageTurnaround).toBe(9.5);
    expect(summary.averageWaiting).toBe(4.5);
    expect(summary.averageResponse).toBe(1);
  });

  it('keeps a task that sleeps at the top and lets it preempt a demoted one', () => {
    // I: "SLEEP 3" five times then HALT (one tick each); H: 20 ticks of CPU. Quanta 2, 4, 8.
    // I 0-1 sleeps until 4. H 1-3 uses the top quantum (down to level 1) and goes on, 3-4.
    // At 4 I wakes on level 0 and preempts H: I 4-5. H has 3 ticks of its level-1 quantum
    // left: 5-8, then drops to level 2 just as I wakes again: I 8-9, H 9-12, I 12-13, ...
    const sleeper = asm('SLEEP 3\nSLEEP 3\nSLEEP 3\nSLEEP 3\nSLEEP 3\nHALT\n');
    const scheduler = new MlfqScheduler({ quanta: [2, 4, 8], boost: 0 });
    const outcome = runTasks([{ path: 'I', program: sleeper }, { path: 'H', program: burst(20) }], scheduler, { recordTimeline: true });
    const [interactive, hog] = outcome.tasks;
    expect(scheduler.levelOf(interactive)).toBe(0);
    expect(scheduler.levelOf(hog)).toBe(2);
    // Each time I wakes it runs at once: it never waits.
    expect(interactive.longestWait).toBe(0);
    expect(outcome.timeline.slice(0, 6).map((s) => `${s.task}:${s.start}-${s.end}`)).toEqual([
      '0:0-1', '1:1-4', '0:4-5', '1:5-8', '0:8-9', '1:9-12',
    ]);
  });

  it('boosts everyone back to the top', () => {
    // A and B each 30 ticks, quanta 2 and 4, boost every 10 ticks.
    // A 0-2 and B 2-4 use the top quantum and drop to level 1; A 4-8 uses level 1's quantum.
    // B starts at 8 on level 1; the boost at 10 puts both back on top with fresh quanta, so B
    // goes on with a top quantum, 10-12 (one segment 8-12). Then A 12-14 (top quantum, down),
    // B 14-18 (level-1 quantum), A 18-20 on level 1 until the boost at 20 renews it on top:
    // A 18-22, then B 22-24.
    const { segments } = run([{ name: 'A', burst: 30 }, { name: 'B', burst: 30 }], { policy: 'mlfq', quanta: [2, 4], boost: 10 });
    expect(segments.slice(0, 8)).toEqual(['A 0-2', 'B 2-4', 'A 4-8', 'B 8-12', 'A 12-14', 'B 14-18', 'A 18-22', 'B 22-24']);
  });
});
