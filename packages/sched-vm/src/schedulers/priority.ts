// Priority scheduling: the ready task with the lowest priority number runs (ties: whoever became
// ready first). Non-preemptive, or preemptive: a ready task of strictly better priority takes the
// CPU at once.
//
// Aging (every `aging` ticks of waiting raise a task one level) keeps low priorities from starving.
// A waiting task's aged priority is priority - waited/aging, so ordering by
// key = priority*aging + readySince never changes while tasks wait and a heap stays valid. A
// running task keeps the aged priority it was dispatched with; with preemption, a waiting task
// takes over once its aged priority is a whole level better than that, which cannot thrash.

import { byKeyThenSeq, TaskHeap } from '../vm/heap.ts';
import type { Scheduler } from '../vm/scheduler.ts';
import type { Task } from '../vm/task.ts';

export interface PriorityOptions {
  readonly preemptive: boolean;
  /** Ticks of waiting per level gained; 0 turns aging off. */
  readonly aging: number;
}

export class PriorityScheduler implements Scheduler {
  readonly name = 'priority';
  private readonly ready = new TaskHeap(byKeyThenSeq);

  constructor(readonly options: PriorityOptions) {
    if (!(Number.isInteger(options.aging) && options.aging >= 0)) {
      throw new RangeError(`aging must be a whole number of ticks, got ${options.aging}`);
    }
  }

  add(task: Task): void {
    const aging = this.options.aging;
    task.key = aging > 0 ? task.priority * aging + task.readySince : task.priority;
    this.ready.push(task);
  }

  take(): Task | null {
    return this.ready.pop();
  }

  start(task: Task, now: number): void {
    // While it runs, key holds its aged priority (times aging) as of the moment it got the CPU.
    if (this.options.aging > 0) task.key -= now;
  }

  grant(task: Task, now: number): number {
    const waiting = this.ready.peek();
    if (!this.options.preemptive || waiting === null) return Infinity;
    const aging = this.options.aging;
    if (aging === 0) return waiting.key < task.key ? 0 : Infinity;
    const takeoverAt = waiting.key - task.key + aging;
    return now >= takeoverAt ? 0 : takeoverAt - now;
  }

  charge(): void {}
}
