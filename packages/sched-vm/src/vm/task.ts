// A task: one loaded program plus everything the VM and a scheduler keep about it — the seed's
// path, code, pc, stack, done and priority, plus arrival, state, counters and scheduler fields.
// A class with every field set in the constructor keeps one hidden shape for speed.

import type { Program } from '../program/program.ts';

export type TaskState = 'new' | 'ready' | 'running' | 'sleeping' | 'done' | 'faulted';

export interface TaskSpec {
  /** Shown in traces and reports, as the seed shows it: `./bins/p1.bin`. */
  readonly path: string;
  readonly program: Program;
  /** Tick at which the task enters the system (default 0). */
  readonly arrival?: number;
  /** Lower number = more important, as in most textbooks; default 0. */
  readonly priority?: number;
  /** CPU ticks the task needs, for SJF/SRTF; measured by a dry run when not given. */
  readonly burst?: number;
}

export class Task {
  readonly id: number;
  readonly path: string;
  readonly ops: Uint8Array;
  readonly operands: Int32Array;
  readonly arrival: number;
  readonly priority: number;
  /** Expected CPU ticks (SJF/SRTF); -1 until known. */
  burst: number;

  pc = 0;
  readonly stack: number[] = [];
  /** Allocated on first LOAD or STORE, so 100,000 tasks that never use memory cost nothing. */
  memory: Int32Array | null = null;
  state: TaskState = 'new';
  fault = '';

  // counters, in ticks
  cpuTime = 0;
  firstRun = -1;
  completion = -1;
  sleepTime = 0;
  longestWait = 0;
  dispatches = 0;
  /** Times the task left the CPU before finishing (preempted or asleep). */
  switchesOut = 0;

  // bookkeeping shared by the engine and schedulers
  readySince = 0;
  wakeAt = 0;
  /** Ticks used of the current quantum. */
  used = 0;
  /** Scheduler's ordering key (remaining time, priority...) and FIFO tie-break. */
  key = 0;
  seq = 0;
  /** MLFQ level and the boost epoch it was set in. */
  level = 0;
  epoch = 0;
  /** Link for intrusive FIFO queues; a task sits in at most one queue. */
  next: Task | null = null;
  /** Set by the interpreter: ticks to sleep after a SLEEP. */
  sleepFor = 0;

  constructor(id: number, spec: TaskSpec) {
    this.id = id;
    this.path = spec.path;
    this.ops = spec.program.ops;
    this.operands = spec.program.operands;
    this.arrival = spec.arrival ?? 0;
    this.priority = spec.priority ?? 0;
    this.burst = spec.burst ?? -1;
  }

  get done(): boolean {
    return this.state === 'done' || this.state === 'faulted';
  }

  /** CPU ticks still needed, by the burst estimate (never below 1 while the task is alive). */
  get remaining(): number {
    return Math.max(1, this.burst - this.cpuTime);
  }
}
