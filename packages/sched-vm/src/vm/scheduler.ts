// What the engine asks of a scheduling policy. The engine owns time, arrivals, sleeping and the
// interpreter; a policy owns only the ready set and the decision of who runs and for how long.

import type { Task } from './task.ts';

/** Why a task is entering the ready set. */
export type ReadyReason = 'arrive' | 'wake' | 'preempt';

export interface Scheduler {
  /** Short name shown in reports: `rr`, `mlfq`... */
  readonly name: string;
  /** A task became ready at `now`. task.seq already orders it after every earlier ready task. */
  add(task: Task, now: number, why: ReadyReason): void;
  /** Removes and returns the task to dispatch at `now`, or null when none is ready. */
  take(now: number): Task | null;
  /** The task taken gets the CPU at `now`, after any context-switch ticks. */
  start(task: Task, now: number): void;
  /**
   * Asked right after start(), whenever its last grant is used up, and whenever another
   * task becomes ready while it runs. Returns how many more ticks it may run before the policy
   * wants to be asked again (Infinity for "until it sleeps or ends"), or 0 to take the CPU away:
   * the engine then hands it back through add(task, now, 'preempt'). Right after start() it
   * may return 0 only if a better task became ready during the context switch.
   */
  grant(task: Task, now: number): number;
  /** The running task executed `ticks` instructions. */
  charge(task: Task, ticks: number): void;
}
