// A binary min-heap of tasks ordered by a caller-given comparison: the ready set of SJF, SRTF and
// priority scheduling (by key, then FIFO sequence) and the engine's sleepers (by wake-up tick).

import type { Task } from './task.ts';

export type TaskOrder = (a: Task, b: Task) => boolean;

/** Orders by Task.key, ties by Task.seq (the order tasks became ready). */
export const byKeyThenSeq: TaskOrder = (a, b) => a.key < b.key || (a.key === b.key && a.seq < b.seq);

export class TaskHeap {
  private readonly items: Task[] = [];

  constructor(private readonly before: TaskOrder) {}

  get size(): number {
    return this.items.length;
  }

  peek(): Task | null {
    return this.items.length > 0 ? this.items[0] : null;
  }

  push(task: Task): void {
    const items = this.items;
    let i = items.length;
    items.push(task);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(task, items[parent])) break;
      items[i] = items[parent];
      i = parent;
    }
    items[i] = task;
  }

  pop(): Task | null {
    const items = this.items;
    if (items.length === 0) return null;
    const top = items[0];
    const last = items.pop()!;
    const size = items.length;
    if (size > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= size) break;
        const right = left + 1;
        const child = right < size && this.before(items[right], items[left]) ? right : left;
        if (!this.before(items[child], last)) break;
        items[i] = items[child];
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}
