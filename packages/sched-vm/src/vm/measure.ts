// Job length for SJF and SRTF when the workload does not give one. Programs read no input, so a
// task's CPU demand is fixed: run the program alone once (sleeps cost no CPU) and count ticks.
// Tasks loaded from the same file share one measurement.

import { runSlice, STOP_BUDGET, STOP_SLEEP, type SliceResult } from './interpreter.ts';
import { Task } from './task.ts';
import type { Program } from '../program/program.ts';

const measured = new WeakMap<Uint8Array, Map<Int32Array, number>>();

/** CPU ticks the program uses before it ends or faults, counting at most `limit`. */
export function measureBurst(program: Program, limit: number): number {
  const cached = measured.get(program.ops)?.get(program.operands);
  if (cached !== undefined && cached <= limit) return cached;
  const probe = new Task(-1, { path: '', program });
  const slice: SliceResult = { ticks: 0, stop: STOP_BUDGET };
  let total = 0;
  do {
    runSlice(probe, limit - total, slice, null, null);
    total += slice.ticks;
  } while (slice.stop === STOP_SLEEP && probe.pc < probe.ops.length && total < limit);
  let byOperands = measured.get(program.ops);
  if (byOperands === undefined) measured.set(program.ops, (byOperands = new Map()));
  byOperands.set(program.operands, total);
  return total;
}
