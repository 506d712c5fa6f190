// Multi-level feedback queue: round robin inside each level, and the first non-empty level runs.
// New tasks start at the top. Using up a whole quantum moves a task one level down; giving up the
// CPU by sleeping keeps its level and its next quantum starts fresh. A task waiting at a higher
// level preempts one running lower. Every `boost` ticks all tasks go back to the top level.
//
// The boost is lazy so it costs O(levels), not O(tasks): queues are linked lists that are spliced
// onto the top queue, and a task whose level was set before the latest boost counts as level 0.

import { TaskQueue } from '../vm/queue.ts';
import type { ReadyReason, Scheduler } from '../vm/scheduler.ts';
import type { Task } from '../vm/task.ts';

export interface MlfqOptions {
  /** One quantum per level, top level first. */
  readonly quanta: readonly number[];
  /** Ticks between priority boosts; 0 turns boosting off. */
  readonly boost: number;
}

export class MlfqScheduler implements Scheduler {
  readonly name = 'mlfq';
  private readonly queues: TaskQueue[];
  private readonly quanta: readonly number[];
  private epoch = 0;

  constructor(readonly options: MlfqOptions) {
    if (options.quanta.length === 0) throw new RangeError('MLFQ needs at least one level');
    for (const q of options.quanta) {
      if (!(Number.isInteger(q) && q >= 1)) throw new RangeError(`MLFQ quanta must be positive integers, got ${q}`);
    }
    if (!(Number.isInteger(options.boost) && options.boost >= 0)) throw new RangeError(`boost must be a whole number of ticks, got ${options.boost}`);
    this.quanta = options.quanta;
    this.queues = options.quanta.map(() => new TaskQueue());
  }

  private sync(now: number): void {
    const epoch = this.options.boost > 0 ? Math.floor(now / this.options.boost) : 0;
    if (epoch === this.epoch) return;
    for (let level = 1; level < this.queues.length; level++) this.queues[0].takeAll(this.queues[level]);
    this.epoch = epoch;
  }

  /** Brings a task's level up to date with the latest boost. */
  private refresh(task: Task): void {
    if (task.epoch === this.epoch) return;
    task.epoch = this.epoch;
    task.level = 0;
    task.used = 0;
  }

  private bestReadyLevel(): number {
    for (let level = 0; level < this.queues.length; level++) if (this.queues[level].size > 0) return level;
    return this.queues.length;
  }

  add(task: Task, now: number, why: ReadyReason): void {
    this.sync(now);
    if (why === 'arrive') {
      task.level = 0;
      task.used = 0;
      task.epoch = this.epoch;
    } else {
      this.refresh(task);
      if (why === 'wake') task.used = 0;
    }
    this.queues[task.level].push(task);
  }

  take(now: number): Task | null {
    this.sync(now);
    const level = this.bestReadyLevel();
    return level < this.queues.length ? this.queues[level].shift() : null;
  }

  start(): void {}

  grant(task: Task, now: number): number {
    this.sync(now);
    this.refresh(task);
    let expired = false;
    if (task.used >= this.quanta[task.level]) {
      expired = true;
      task.used = 0;
      if (task.level < this.quanta.length - 1) task.level++;
    }
    const best = this.bestReadyLevel();
    if (best < task.level || (expired && best === task.level)) return 0;
    const left = this.quanta[task.level] - task.used;
    if (this.options.boost === 0) return left;
    return Math.min(left, (this.epoch + 1) * this.options.boost - now);
  }

  charge(task: Task, ticks: number): void {
    task.used += ticks;
  }

  /** The level a task is at now (for reports and tests). */
  levelOf(task: Task): number {
    return task.epoch === this.epoch ? task.level : 0;
  }
}
