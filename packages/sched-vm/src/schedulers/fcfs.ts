// First-come, first-served: one FIFO, no preemption. A task keeps the CPU until it sleeps or ends;
// on waking it queues at the back like a newcomer.

import { TaskQueue } from '../vm/queue.ts';
import type { Scheduler } from '../vm/scheduler.ts';
import type { Task } from '../vm/task.ts';

export class FcfsScheduler implements Scheduler {
  readonly name = 'fcfs';
  private readonly ready = new TaskQueue();

  add(task: Task): void {
    this.ready.push(task);
  }

  take(): Task | null {
    return this.ready.shift();
  }

  start(): void {}

  grant(): number {
    return Infinity;
  }

  charge(): void {}
}
