// The library's one-call entry: task specs and a policy in, a full report out (per-task metrics,
// summary, timeline) — with the seed's trace lines and PRINT output handed to callbacks as they
// happen, so a CLI can stream them and a test can collect them.

import { formatInstruction } from './program/program.ts';
import { describeFault, reportTask, summarize, type Summary, type TaskReport } from './report/metrics.ts';
import { findPolicy, POLICIES, type PolicyOptions } from './schedulers/registry.ts';
import { runTasks, type Segment } from './vm/machine.ts';
import type { Scheduler } from './vm/scheduler.ts';
import type { Task, TaskSpec } from './vm/task.ts';

export interface SimulateOptions extends PolicyOptions {
  /** A policy name (`rr`, `fcfs`, `sjf`, `srtf`, `priority`, `mlfq`) or a Scheduler of your own. */
  readonly policy: string | Scheduler;
  readonly switchCost?: number;
  readonly maxTicks?: number;
  readonly timeline?: boolean;
  /** Receives `[./bins/p1.bin]: PUSH` for every executed instruction. */
  readonly onTrace?: (line: string) => void;
  /** Receives `./bins/p1.bin: 42` for every PRINT. */
  readonly onOutput?: (line: string) => void;
  /** Receives a line for each task that faults, when it faults. */
  readonly onFault?: (line: string) => void;
}

export interface SimulationResult {
  readonly policy: string;
  readonly tasks: readonly TaskReport[];
  readonly summary: Summary;
  readonly timeline: readonly Segment[];
  readonly endTime: number;
  readonly stoppedEarly: boolean;
}

export function traceLine(task: Task, pc: number): string {
  return `[${task.path}]: ${formatInstruction({ ops: task.ops, operands: task.operands }, pc)}`;
}

export function simulate(specs: readonly TaskSpec[], options: SimulateOptions): SimulationResult {
  let scheduler: Scheduler;
  let needsBurst = true;
  if (typeof options.policy === 'string') {
    const entry = findPolicy(options.policy);
    if (entry === undefined) {
      throw new RangeError(`unknown policy \`${options.policy}' (known: ${POLICIES.map((p) => p.name).join(', ')})`);
    }
    scheduler = entry.create(options);
    needsBurst = entry.needsBurst;
  } else {
    scheduler = options.policy;
  }
  const { onTrace, onOutput, onFault } = options;
  const outcome = runTasks(specs, scheduler, {
    switchCost: options.switchCost,
    maxTicks: options.maxTicks,
    needsBurst,
    recordTimeline: options.timeline ?? false,
    onInstruction: onTrace ? (task, pc) => onTrace(traceLine(task, pc)) : undefined,
    onPrint: onOutput ? (task, value) => onOutput(`${task.path}: ${value}`) : undefined,
    onFault: onFault ? (task) => onFault(`${task.path}: ${describeFault(task)}`) : undefined,
  });
  const tasks = outcome.tasks.map(reportTask);
  return {
    policy: scheduler.name,
    tasks,
    summary: summarize(outcome, tasks),
    timeline: outcome.timeline,
    endTime: outcome.endTime,
    stoppedEarly: outcome.stoppedEarly,
  };
}
