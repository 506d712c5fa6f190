// Shortest remaining time first: SJF with preemption. Whenever a task becomes ready that needs
// strictly less CPU time than what the running task still needs, the running task is preempted.

import { byKeyThenSeq, TaskHeap } from '../vm/heap.ts';
import type { Scheduler } from '../vm/scheduler.ts';
import type { Task } from '../vm/task.ts';

export class SrtfScheduler implements Scheduler {
  readonly name = 'srtf';
  private readonly ready = new TaskHeap(byKeyThenSeq);

  add(task: Task): void {
    task.key = task.remaining;
    this.ready.push(task);
  }

  take(): Task | null {
    return this.ready.pop();
  }

  start(): void {}

  grant(task: Task): number {
    const waiting = this.ready.peek();
    // Remaining time only shrinks while running, so only a newcomer can win; the engine asks
    // again whenever one arrives.
    return waiting !== null && waiting.key < task.remaining ? 0 : Infinity;
  }

  charge(): void {}
}
