// Round robin: one FIFO; each dispatch gets a fresh quantum, and a task that uses it up goes to the
// back of the queue behind anything that arrived meanwhile. With nobody waiting it just goes on.

import { TaskQueue } from '../vm/queue.ts';
import type { Scheduler } from '../vm/scheduler.ts';
import type { Task } from '../vm/task.ts';

export class RoundRobinScheduler implements Scheduler {
  readonly name = 'rr';
  private readonly ready = new TaskQueue();

  constructor(readonly quantum: number) {
    if (!(Number.isInteger(quantum) && quantum >= 1)) throw new RangeError(`quantum must be a positive integer, got ${quantum}`);
  }

  add(task: Task): void {
    this.ready.push(task);
  }

  take(): Task | null {
    return this.ready.shift();
  }

  start(task: Task): void {
    task.used = 0;
  }

  grant(task: Task): number {
    const left = this.quantum - task.used;
    if (left > 0) return left;
    if (this.ready.size > 0) return 0;
    task.used = 0;
    return this.quantum;
  }

  charge(task: Task, ticks: number): void {
    task.used += ticks;
  }
}
