// Properties that must hold for every policy on any workload, checked over seeded random
// workloads: every task ends, nobody runs before arriving, CPU time adds up, round robin bounds
// waiting, and MLFQ's boost ends starvation.

import { describe, expect, it } from 'vitest';
import { simulate, type SimulateOptions } from '../src/simulate.ts';
import { measureBurst } from '../src/vm/measure.ts';
import type { TaskSpec } from '../src/vm/task.ts';
import { asm, burst } from './helpers.ts';

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** Straight-line work, counted loops and sleeps; now and then a task that faults. */
function randomSource(pick: (n: number) => number): string {
  const lines: string[] = [];
  const pieces = 1 + pick(5);
  for (let i = 0; i < pieces; i++) {
    switch (pick(4)) {
      case 0:
        for (let k = pick(6); k >= 0; k--) lines.push('NOP');
        break;
      case 1:
        lines.push(`SLEEP ${pick(6)}`);
        break;
      case 2:
        lines.push(`PUSH ${1 + pick(8)}`, `loop${i}: SUB`, 'DUP', `JNZ loop${i}`, 'POP');
        break;
      default:
        lines.push(`PUSH ${pick(100)}`, `STORE ${pick(4)}`, `LOAD ${pick(4)}`, 'POP');
    }
  }
  if (pick(10) === 0) lines.push('POP'); // underflow: this task faults
  if (pick(3) !== 0) lines.push('HALT'); // otherwise it runs off its end, maybe right after a SLEEP
  return lines.join('\n');
}

function randomWorkload(pick: (n: number) => number): TaskSpec[] {
  const n = 1 + pick(8);
  return Array.from({ length: n }, (_, i) => ({
    path: `t${i}`,
    program: asm(randomSource(pick), `t${i}.s`),
    arrival: pick(3) === 0 ? 0 : pick(40),
    priority: pick(5),
  }));
}

function randomPolicy(pick: (n: number) => number): SimulateOptions {
  const quantum = 1 + pick(5);
  const choices: SimulateOptions[] = [
    { policy: 'fcfs' },
    { policy: 'sjf' },
    { policy: 'srtf' },
    { policy: 'rr', quantum },
    { policy: 'priority', preemptive: pick(2) === 1, aging: pick(2) === 1 ? 1 + pick(10) : 0 },
    { policy: 'mlfq', quanta: [quantum, 2 * quantum, 4 * quantum].slice(0, 1 + pick(3)), boost: pick(2) === 1 ? 5 + pick(50) : 0 },
  ];
  return { ...choices[pick(choices.length)], switchCost: pick(3) === 0 ? pick(3) : 0 };
}

describe('properties over random workloads', () => {
  it('hold for 400 workloads across all policies', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const pick = random(seed);
      const specs = randomWorkload(pick);
      const options = randomPolicy(pick);
      const context = `seed ${seed}, ${JSON.stringify({ ...options, policy: options.policy })}`;
      let traced = 0;
      const result = simulate(specs, { ...options, maxTicks: 1_000_000, timeline: true, onTrace: () => traced++ });

      // Every task completes or faults.
      expect(result.stoppedEarly, context).toBe(false);
      for (const task of result.tasks) expect(['done', 'faulted'], context).toContain(task.state);

      // CPU time sums to the work done: per task it is what the program needs on its own.
      const work = specs.map((s) => measureBurst(s.program, 1e6));
      expect(result.tasks.map((t) => t.cpuTime), context).toEqual(work);
      expect(result.summary.cpuBusy, context).toBe(work.reduce((a, b) => a + b, 0));
      expect(traced, context).toBe(result.summary.cpuBusy);

      // Nobody runs before arriving; the timeline never overlaps and matches each task's CPU time.
      let clock = 0;
      const ran = new Array(specs.length).fill(0);
      for (const segment of result.timeline) {
        expect(segment.start, context).toBe(clock);
        clock = segment.end;
        if (segment.task >= 0) {
          expect(segment.start, context).toBeGreaterThanOrEqual(specs[segment.task].arrival ?? 0);
          ran[segment.task] += segment.end - segment.start;
        }
      }
      expect(ran, context).toEqual(work);
      for (const task of result.tasks) {
        expect(task.firstRun!, context).toBeGreaterThanOrEqual(task.arrival);
        if (task.state === 'done') expect(task.waiting!, context).toBeGreaterThanOrEqual(0);
      }

      // Round robin with free switches: a ready task waits at most (n - 1) * quantum ticks.
      if (options.policy === 'rr' && options.switchCost === 0) {
        const bound = (specs.length - 1) * options.quantum!;
        for (const task of result.tasks) expect(task.longestWait, context).toBeLessThanOrEqual(bound);
      }
    }
  });

  it('round robin keeps the bound with many equal tasks', () => {
    const specs = Array.from({ length: 12 }, (_, i) => ({ path: `t${i}`, program: burst(50 + i), arrival: i }));
    const result = simulate(specs, { policy: 'rr', quantum: 3 });
    expect(Math.max(...result.tasks.map((t) => t.longestWait))).toBe(11 * 3);
  });

  it('MLFQ boost ends starvation of a demoted CPU hog', () => {
    // Three tasks yield every 4 ticks (SLEEP 0), so they never use a whole quantum and stay on
    // top, keeping level 0 busy for 3 * 2000 * 4 = 24,000 ticks. The hog drops to the bottom.
    const yielder = asm('PUSH 2000\nloop: SLEEP 0\nSUB\nDUP\nJNZ loop\n');
    const specs = [
      { path: 'hog', program: burst(100) },
      ...[1, 2, 3].map((i) => ({ path: `y${i}`, program: yielder })),
    ];
    const starved = simulate(specs, { policy: 'mlfq', quanta: [8, 16], boost: 0 });
    const hogStarved = starved.tasks[0];
    expect(hogStarved.completion!).toBeGreaterThan(Math.max(...starved.tasks.slice(1).map((t) => t.completion!)));

    // With a boost every 200 ticks the hog is back on top within 200 ticks of being pushed down,
    // and then waits at most for the three yielders' turns (4 ticks each).
    const boosted = simulate(specs, { policy: 'mlfq', quanta: [8, 16], boost: 200 });
    const hog = boosted.tasks[0];
    expect(hog.longestWait).toBeLessThanOrEqual(200 + 3 * 4);
    expect(hog.completion!).toBeLessThan(Math.min(...boosted.tasks.slice(1).map((t) => t.completion!)));
  });
});
