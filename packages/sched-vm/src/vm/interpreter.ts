// Runs one task for up to `budget` instructions (one instruction = one tick) and says why it
// stopped. The loop keeps pc and the stack in locals and allocates nothing, because it is the
// hot path the throughput figures measure.

import * as isa from '../program/isa.ts';
import type { Task } from './task.ts';

export const STOP_BUDGET = 0;
export const STOP_SLEEP = 1;
export const STOP_DONE = 2;
export const STOP_FAULT = 3;
export type StopReason = typeof STOP_BUDGET | typeof STOP_SLEEP | typeof STOP_DONE | typeof STOP_FAULT;

export interface SliceResult {
  ticks: number;
  stop: StopReason;
}

/** Called before each instruction when tracing; pc indexes the instruction about to run. */
export type InstructionHook = (task: Task, pc: number) => void;
/** Receives the value of each PRINT. */
export type PrintHook = (task: Task, value: number) => void;

function memoryOf(task: Task): Int32Array {
  return (task.memory ??= new Int32Array(isa.MEMORY_WORDS));
}

/** Executes at most `budget` instructions of `task`, writing the outcome into `out`. */
export function runSlice(
  task: Task,
  budget: number,
  out: SliceResult,
  onInstruction: InstructionHook | null,
  onPrint: PrintHook | null,
): void {
  const ops = task.ops;
  const operands = task.operands;
  const count = ops.length;
  const stack = task.stack;
  let pc = task.pc;
  let ticks = 0;
  let stop: StopReason = STOP_BUDGET;
  let fault = '';

  while (ticks < budget) {
    const op = ops[pc];
    const n = operands[pc];
    if (onInstruction !== null) onInstruction(task, pc);
    ticks++;
    pc++;
    switch (op) {
      case isa.OP_NOP:
        break;
      case isa.OP_PUSH:
        if (stack.length >= isa.STACK_LIMIT) fault = 'stack overflow';
        else stack.push(n);
        break;
      case isa.OP_POP:
        if (stack.length === 0) fault = 'stack underflow';
        else stack.pop();
        break;
      case isa.OP_DUP:
        if (stack.length === 0) fault = 'stack underflow';
        else if (stack.length >= isa.STACK_LIMIT) fault = 'stack overflow';
        else stack.push(stack[stack.length - 1]);
        break;
      case isa.OP_ADD:
      case isa.OP_SUB:
      case isa.OP_MUL:
      case isa.OP_DIV:
      case isa.OP_MOD: {
        const top = stack.length - 1;
        if (top < 0) fault = 'stack underflow';
        else if (n === 0 && (op === isa.OP_DIV || op === isa.OP_MOD)) fault = 'division by zero';
        else stack[top] = arithmetic(op, stack[top], n);
        break;
      }
      case isa.OP_ADDS:
      case isa.OP_SUBS:
      case isa.OP_MULS:
      case isa.OP_DIVS:
      case isa.OP_MODS: {
        if (stack.length < 2) {
          fault = 'stack underflow';
          break;
        }
        const b = stack.pop()!;
        const top = stack.length - 1;
        if (b === 0 && (op === isa.OP_DIVS || op === isa.OP_MODS)) fault = 'division by zero';
        else stack[top] = arithmetic(op, stack[top], b);
        break;
      }
      case isa.OP_LOAD:
        if (n < 0 || n >= isa.MEMORY_WORDS) fault = `bad address ${n}`;
        else if (stack.length >= isa.STACK_LIMIT) fault = 'stack overflow';
        else stack.push(memoryOf(task)[n]);
        break;
      case isa.OP_STORE:
        if (n < 0 || n >= isa.MEMORY_WORDS) fault = `bad address ${n}`;
        else if (stack.length === 0) fault = 'stack underflow';
        else memoryOf(task)[n] = stack.pop()!;
        break;
      case isa.OP_JMP:
        if (n < 0 || n >= count) fault = `bad jump to instruction ${n} (program has ${count})`;
        else pc = n;
        break;
      case isa.OP_JZ:
      case isa.OP_JNZ:
        if (stack.length === 0) fault = 'stack underflow';
        else if ((stack.pop() === 0) === (op === isa.OP_JZ)) {
          if (n < 0 || n >= count) fault = `bad jump to instruction ${n} (program has ${count})`;
          else pc = n;
        }
        break;
      case isa.OP_PRINT:
        if (stack.length === 0) fault = 'stack underflow';
        else {
          const value = stack.pop()!;
          if (onPrint !== null) onPrint(task, value);
        }
        break;
      case isa.OP_SLEEP:
        if (n < 0) fault = `negative sleep ${n}`;
        else {
          task.sleepFor = n;
          stop = STOP_SLEEP;
        }
        break;
      case isa.OP_HALT:
        stop = STOP_DONE;
        break;
      default:
        fault = `unknown opcode 0x${op.toString(16)}`;
    }
    if (fault !== '') {
      pc--;
      stop = STOP_FAULT;
      break;
    }
    if (stop !== STOP_BUDGET) break;
    // Running past the last instruction finishes the task, as in the seed. (After a final SLEEP
    // the engine finishes the task when it wakes.)
    if (pc >= count) {
      stop = STOP_DONE;
      break;
    }
  }
  task.pc = pc;
  if (fault !== '') task.fault = fault;
  out.ticks = ticks;
  out.stop = stop;
}

function arithmetic(op: number, a: number, b: number): number {
  switch (op) {
    case isa.OP_ADD:
    case isa.OP_ADDS:
      return (a + b) | 0;
    case isa.OP_SUB:
    case isa.OP_SUBS:
      return (a - b) | 0;
    case isa.OP_MUL:
    case isa.OP_MULS:
      return Math.imul(a, b);
    case isa.OP_DIV:
    case isa.OP_DIVS:
      return (a / b) | 0;
    default:
      return (a % b) | 0;
  }
}
