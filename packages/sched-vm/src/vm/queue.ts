// A FIFO of tasks linked through Task.next: O(1) push, shift and whole-queue append (MLFQ's
// boost moves every lower queue to the top in O(levels)), and no allocation per operation.

import type { Task } from './task.ts';

export class TaskQueue {
  private head: Task | null = null;
  private tail: Task | null = null;
  size = 0;

  push(task: Task): void {
    task.next = null;
    if (this.tail === null) this.head = task;
    else this.tail.next = task;
    this.tail = task;
    this.size++;
  }

  shift(): Task | null {
    const task = this.head;
    if (task === null) return null;
    this.head = task.next;
    if (this.head === null) this.tail = null;
    task.next = null;
    this.size--;
    return task;
  }

  peek(): Task | null {
    return this.head;
  }

  /** Moves every task of `other` to the back of this queue, leaving `other` empty. */
  takeAll(other: TaskQueue): void {
    if (other.head === null) return;
    if (this.tail === null) this.head = other.head;
    else this.tail.next = other.head;
    this.tail = other.tail;
    this.size += other.size;
    other.head = other.tail = null;
    other.size = 0;
  }
}
