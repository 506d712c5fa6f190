// A finished run in, the numbers people compare policies by out: per task arrival, first run,
// completion, turnaround, waiting, response, CPU time and context switches; averages over the
// tasks that completed; throughput and CPU utilisation over the elapsed time.
//
// turnaround = completion - arrival; response = first run - arrival; waiting = time spent ready
// but not running = turnaround - CPU time - time asleep (context-switch ticks count as waiting).

import { formatInstruction } from '../program/program.ts';
import type { RunOutcome } from '../vm/machine.ts';
import type { Task, TaskState } from '../vm/task.ts';

export interface TaskReport {
  readonly id: number;
  readonly path: string;
  readonly arrival: number;
  readonly priority: number;
  readonly state: TaskState;
  readonly firstRun: number | null;
  readonly completion: number | null;
  readonly turnaround: number | null;
  readonly waiting: number | null;
  readonly response: number | null;
  readonly cpuTime: number;
  readonly sleepTime: number;
  /** Times the task left the CPU before it finished (preempted or asleep). */
  readonly contextSwitches: number;
  /** Longest single stretch spent ready without running. */
  readonly longestWait: number;
  readonly fault?: string;
}

export interface Summary {
  readonly tasks: number;
  readonly completed: number;
  readonly faulted: number;
  readonly unfinished: number;
  readonly averageTurnaround: number;
  readonly averageWaiting: number;
  readonly averageResponse: number;
  /** From the first arrival to the end of the run. */
  readonly elapsed: number;
  readonly cpuBusy: number;
  readonly switchTicks: number;
  readonly idleTicks: number;
  readonly contextSwitches: number;
  /** Tasks completed per tick. */
  readonly throughput: number;
  /** Share of elapsed ticks spent executing instructions. */
  readonly cpuUtilisation: number;
}

/** `fault at instruction 3 (DIV 0): division by zero` */
export function describeFault(task: Task): string {
  const where = formatInstruction({ ops: task.ops, operands: task.operands }, task.pc);
  return `fault at instruction ${task.pc} (${where}): ${task.fault}`;
}

export function reportTask(task: Task): TaskReport {
  const ended = task.completion >= 0;
  const turnaround = ended ? task.completion - task.arrival : null;
  return {
    id: task.id,
    path: task.path,
    arrival: task.arrival,
    priority: task.priority,
    state: task.state,
    firstRun: task.firstRun >= 0 ? task.firstRun : null,
    completion: ended ? task.completion : null,
    turnaround,
    waiting: turnaround === null ? null : turnaround - task.cpuTime - task.sleepTime,
    response: task.firstRun >= 0 ? task.firstRun - task.arrival : null,
    cpuTime: task.cpuTime,
    sleepTime: task.sleepTime,
    contextSwitches: task.switchesOut,
    longestWait: task.longestWait,
    ...(task.state === 'faulted' ? { fault: describeFault(task) } : {}),
  };
}

const average = (values: readonly number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

export function summarize(outcome: RunOutcome, reports: readonly TaskReport[]): Summary {
  const completed = reports.filter((r) => r.state === 'done');
  const start = outcome.tasks.reduce((min, t) => Math.min(min, t.arrival), Infinity);
  const elapsed = outcome.tasks.length === 0 ? 0 : Math.max(0, outcome.endTime - start);
  return {
    tasks: reports.length,
    completed: completed.length,
    faulted: reports.filter((r) => r.state === 'faulted').length,
    unfinished: reports.filter((r) => r.state !== 'done' && r.state !== 'faulted').length,
    averageTurnaround: average(completed.map((r) => r.turnaround!)),
    averageWaiting: average(completed.map((r) => r.waiting!)),
    averageResponse: average(completed.map((r) => r.response!)),
    elapsed,
    cpuBusy: outcome.busyTicks,
    switchTicks: outcome.switchTicks,
    idleTicks: outcome.idleTicks,
    contextSwitches: outcome.contextSwitches,
    throughput: elapsed > 0 ? completed.length / elapsed : 0,
    cpuUtilisation: elapsed > 0 ? outcome.busyTicks / elapsed : 0,
  };
}
