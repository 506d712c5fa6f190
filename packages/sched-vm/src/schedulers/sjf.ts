// Shortest job first, non-preemptive: among ready tasks pick the one with the least CPU time still
// needed (ties: whoever became ready first), then let it run until it sleeps or ends.

import { byKeyThenSeq, TaskHeap } from '../vm/heap.ts';
import type { Scheduler } from '../vm/scheduler.ts';
import type { Task } from '../vm/task.ts';

export class SjfScheduler implements Scheduler {
  readonly name: string = 'sjf';
  protected readonly ready = new TaskHeap(byKeyThenSeq);

  add(task: Task): void {
    task.key = task.remaining;
    this.ready.push(task);
  }

  take(): Task | null {
    return this.ready.pop();
  }

  start(): void {}

  grant(_task: Task): number {
    return Infinity;
  }

  charge(): void {}
}
