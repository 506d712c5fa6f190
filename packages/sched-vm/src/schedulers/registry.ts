// The policies by name, as data: how to build each from the shared options, and whether it needs
// job lengths. The CLI and the library API both pick policies here.

import type { Scheduler } from '../vm/scheduler.ts';
import { FcfsScheduler } from './fcfs.ts';
import { MlfqScheduler } from './mlfq.ts';
import { PriorityScheduler } from './priority.ts';
import { RoundRobinScheduler } from './rr.ts';
import { SjfScheduler } from './sjf.ts';
import { SrtfScheduler } from './srtf.ts';

export interface PolicyOptions {
  /** Round robin's quantum, and the top MLFQ quantum when `quanta` is not given (default 4). */
  readonly quantum?: number;
  /** Priority scheduling: preempt for a better priority (default false). */
  readonly preemptive?: boolean;
  /** Priority scheduling: ticks of waiting per level gained, 0 = off (default 0). */
  readonly aging?: number;
  /** MLFQ quanta per level, top first (default quantum, 2*quantum, 4*quantum). */
  readonly quanta?: readonly number[];
  /** MLFQ ticks between priority boosts, 0 = off (default 100). */
  readonly boost?: number;
}

export interface PolicyEntry {
  readonly name: string;
  readonly title: string;
  readonly needsBurst: boolean;
  readonly create: (options: PolicyOptions) => Scheduler;
}

export const DEFAULT_QUANTUM = 4;
export const DEFAULT_BOOST = 100;

const quantumOf = (o: PolicyOptions): number => o.quantum ?? DEFAULT_QUANTUM;

export const POLICIES: readonly PolicyEntry[] = [
  { name: 'fcfs', title: 'first-come, first-served', needsBurst: false, create: () => new FcfsScheduler() },
  { name: 'sjf', title: 'shortest job first (non-preemptive)', needsBurst: true, create: () => new SjfScheduler() },
  { name: 'srtf', title: 'shortest remaining time first', needsBurst: true, create: () => new SrtfScheduler() },
  { name: 'rr', title: 'round robin', needsBurst: false, create: (o) => new RoundRobinScheduler(quantumOf(o)) },
  {
    name: 'priority',
    title: 'priority',
    needsBurst: false,
    create: (o) => new PriorityScheduler({ preemptive: o.preemptive ?? false, aging: o.aging ?? 0 }),
  },
  {
    name: 'mlfq',
    title: 'multi-level feedback queue',
    needsBurst: false,
    create: (o) => {
      const q = quantumOf(o);
      return new MlfqScheduler({ quanta: o.quanta ?? [q, 2 * q, 4 * q], boost: o.boost ?? DEFAULT_BOOST });
    },
  },
];

export function findPolicy(name: string): PolicyEntry | undefined {
  return POLICIES.find((p) => p.name === name.toLowerCase());
}
