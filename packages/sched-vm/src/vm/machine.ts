// The engine: tasks and a Scheduler in, a finished run out (every task's counters, and on request
// a timeline of who held the CPU when). It owns the clock — one tick per instruction — arrivals,
// sleeping tasks, context-switch cost and faults, and lets the interpreter run a task in slices
// that end exactly where the policy or the next arrival/wake-up might change the decision, so the
// policy is asked once per slice rather than once per tick.

import { runSlice, STOP_BUDGET, STOP_DONE, STOP_FAULT, STOP_SLEEP, type InstructionHook, type PrintHook, type SliceResult } from './interpreter.ts';
import { TaskHeap } from './heap.ts';
import { measureBurst } from './measure.ts';
import type { ReadyReason, Scheduler } from './scheduler.ts';
import { Task, type TaskSpec } from './task.ts';

export interface RunOptions {
  /** Ticks lost each time the CPU switches to a different task (default 0). */
  readonly switchCost?: number;
  /** Stop the whole run at this tick (default: run until every task ends). */
  readonly maxTicks?: number;
  /** Measure job lengths before starting (SJF and SRTF need them). */
  readonly needsBurst?: boolean;
  /** Longest dry run when measuring a job length. */
  readonly burstLimit?: number;
  readonly recordTimeline?: boolean;
  readonly onInstruction?: InstructionHook;
  readonly onPrint?: PrintHook;
  /** Told about each task that faults, when it faults; the run goes on without it. */
  readonly onFault?: (task: Task) => void;
}

/** Who held the CPU from start to end: a task id, SWITCHING or IDLE. */
export interface Segment {
  readonly task: number;
  readonly start: number;
  end: number;
}
export const SWITCHING = -1;
export const IDLE = -2;

export interface RunOutcome {
  readonly tasks: readonly Task[];
  readonly endTime: number;
  readonly busyTicks: number;
  readonly switchTicks: number;
  readonly idleTicks: number;
  /** Dispatches of a task other than the one that ran last. */
  readonly contextSwitches: number;
  /** True when maxTicks stopped the run with tasks still alive. */
  readonly stoppedEarly: boolean;
  readonly timeline: readonly Segment[];
}

const wakesFirst = (a: Task, b: Task): boolean => a.wakeAt < b.wakeAt || (a.wakeAt === b.wakeAt && a.seq < b.seq);

export function runTasks(specs: readonly TaskSpec[], scheduler: Scheduler, options: RunOptions = {}): RunOutcome {
  const switchCost = options.switchCost ?? 0;
  const maxTicks = options.maxTicks ?? Infinity;
  const onInstruction = options.onInstruction ?? null;
  const onPrint = options.onPrint ?? null;
  const timeline: Segment[] = [];
  const recordTimeline = options.recordTimeline ?? false;
  const record = (task: number, start: number, end: number): void => {
    if (!recordTimeline || end <= start) return;
    const last = timeline[timeline.length - 1];
    if (last !== undefined && last.task === task && last.end === start) last.end = end;
    else timeline.push({ task, start, end });
  };

  const tasks = specs.map((spec, i) => new Task(i, spec));
  if (options.needsBurst) {
    for (const task of tasks) {
      if (task.burst < 0) task.burst = measureBurst({ ops: task.ops, operands: task.operands }, options.burstLimit ?? 10_000_000);
    }
  }
  const arrivals = tasks.slice().sort((a, b) => a.arrival - b.arrival || a.id - b.id);
  let arrived = 0;
  const sleepers = new TaskHeap(wakesFirst);
  let seq = 0;
  let now = 0;
  let alive = tasks.length;
  let busyTicks = 0;
  let switchTicks = 0;
  let idleTicks = 0;
  let contextSwitches = 0;
  let current: Task | null = null;
  let last: Task | null = null;
  let grantLeft = 0;
  const slice: SliceResult = { ticks: 0, stop: STOP_BUDGET };

  // The helpers take the clock as an argument rather than closing over it, so `now` stays a
  // plain local in the loop below.
  const makeReady = (task: Task, at: number, why: ReadyReason, now: number): void => {
    task.state = 'ready';
    task.readySince = at;
    task.seq = seq++;
    scheduler.add(task, now, why);
  };
  /** Tick of the next arrival or wake-up; kept current by admit() and by each new sleeper. */
  let nextEvent = Infinity;
  let admittedAt = -1;
  /** Everything that became ready by `now`, in time order; at equal times wake-ups go first. */
  const admit = (now: number): void => {
    if (admittedAt === now && (sleepers.size === 0 || sleepers.peek()!.wakeAt > now)) return;
    admittedAt = now;
    for (;;) {
      const arrival = arrived < arrivals.length ? arrivals[arrived].arrival : Infinity;
      const sleeper = sleepers.peek();
      const wake = sleeper !== null ? sleeper.wakeAt : Infinity;
      if (wake <= now && wake <= arrival) {
        const task = sleepers.pop()!;
        if (task.pc < task.ops.length) makeReady(task, wake, 'wake', now);
        else finish(task, 'done', wake); // it slept as its last instruction
      }
      else if (arrival <= now) makeReady(arrivals[arrived++], arrival, 'arrive', now);
      else {
        nextEvent = arrival < wake ? arrival : wake;
        return;
      }
    }
  };
  const finish = (task: Task, state: 'done' | 'faulted', at: number): void => {
    task.state = state;
    task.completion = at;
    alive--;
  };

  while (alive > 0 && now < maxTicks) {
    admit(now);
    if (current === null) {
      const task = scheduler.take(now);
      if (task === null) {
        const until = Math.min(nextEvent, maxTicks);
        if (until === Infinity) break;
        record(IDLE, now, until);
        idleTicks += until - now;
        now = until;
        continue;
      }
      if (last !== null && last !== task) {
        contextSwitches++;
        if (switchCost > 0) {
          record(SWITCHING, now, now + switchCost);
          switchTicks += switchCost;
          now += switchCost;
          admit(now);
        }
      }
      last = task;
      scheduler.start(task, now);
      grantLeft = scheduler.grant(task, now);
      if (!(grantLeft > 0)) {
        // Something better became ready during the switch: the task goes back, still waiting.
        if (switchCost === 0) throw new Error(`${scheduler.name}: granted ${grantLeft} ticks to the task it just chose`);
        task.seq = seq++;
        scheduler.add(task, now, 'preempt');
        continue;
      }
      task.state = 'running';
      task.dispatches++;
      if (task.firstRun < 0) task.firstRun = now;
      if (now - task.readySince > task.longestWait) task.longestWait = now - task.readySince;
      current = task;
    }

    let limit = grantLeft;
    if (nextEvent - now < limit) limit = nextEvent - now;
    if (maxTicks - now < limit) limit = maxTicks - now;
    runSlice(current, limit, slice, onInstruction, onPrint);
    const ticks = slice.ticks;
    if (recordTimeline) record(current.id, now, now + ticks);
    now += ticks;
    busyTicks += ticks;
    current.cpuTime += ticks;
    grantLeft -= ticks;
    scheduler.charge(current, ticks);

    if (slice.stop === STOP_DONE) finish(current, 'done', now);
    else if (slice.stop === STOP_FAULT) {
      finish(current, 'faulted', now);
      options.onFault?.(current);
    }
    else if (slice.stop === STOP_SLEEP) {
      current.state = 'sleeping';
      current.switchesOut++;
      current.wakeAt = now + current.sleepFor;
      current.sleepTime += current.sleepFor;
      current.seq = seq++;
      sleepers.push(current);
      if (current.wakeAt < nextEvent) nextEvent = current.wakeAt;
    } else {
      admit(now);
      grantLeft = scheduler.grant(current, now);
      if (grantLeft > 0) continue;
      current.switchesOut++;
      makeReady(current, now, 'preempt', now);
    }
    current = null;
  }

  return {
    tasks,
    endTime: now,
    busyTicks,
    switchTicks,
    idleTicks,
    contextSwitches,
    stoppedEarly: alive > 0,
    timeline,
  };
}

