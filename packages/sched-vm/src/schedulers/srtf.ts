// Shortest remaining time first: SJF with preemption. Whenever a task becomes ready that needs
// strictly less CPU time than what the running task still needs, the running task is preempted.

import type { Task } from '../vm/task.ts';
import { SjfScheduler } from './sjf.ts';

export class SrtfScheduler extends SjfScheduler {
  override readonly name: string = 'srtf';

  override grant(task: Task): number {
    const waiting = this.ready.peek();
    // Remaining time only shrinks while running, so only a newcomer can win; the engine asks
    // again whenever one arrives.
    return waiting !== null && waiting.key < task.remaining ? 0 : Infinity;
  }
}
