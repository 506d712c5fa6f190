// A task that faults is reported and removed; the others run on as if it had ended.

import { describe, expect, it } from 'vitest';
import { simulate } from '../src/simulate.ts';
import { programFromInstructions } from '../src/program/program.ts';
import { OP_JMP, OP_NOP, OP_LOAD, OP_SLEEP, STACK_LIMIT } from '../src/program/isa.ts';
import { asm, burst } from './helpers.ts';

function runWith(bad: ReturnType<typeof asm>) {
  const faults: string[] = [];
  const result = simulate(
    [
      { path: 'good1', program: burst(5) },
      { path: 'bad', program: bad },
      { path: 'good2', program: burst(4) },
    ],
    { policy: 'rr', quantum: 1, onFault: (line) => faults.push(line) },
  );
  return { result, faults, bad: result.tasks[1] };
}

describe('faults', () => {
  it('division by zero', () => {
    const { result, faults, bad } = runWith(asm('PUSH 7\nPUSH 0\nDIVS\nHALT\n'));
    expect(faults).toEqual(['bad: fault at instruction 2 (DIVS): division by zero']);
    expect(bad.state).toBe('faulted');
    // Round robin, quantum 1: good1 0, bad 1, good2 2, good1 3, bad 4, good2 5, good1 6, bad 7 faults.
    expect(bad.completion).toBe(8);
    expect(bad.cpuTime).toBe(3);
    expect(result.tasks.map((t) => t.state)).toEqual(['done', 'faulted', 'done']);
    expect(result.summary).toMatchObject({ completed: 2, faulted: 1, cpuBusy: 12 });
    // Averages cover the tasks that completed: good1 ends at 12 (turnaround 12, waiting 7),
    // good2 at 11 (turnaround 11, waiting 7).
    expect(result.summary.averageTurnaround).toBe(11.5);
    expect(result.summary.averageWaiting).toBe(7);
  });

  it('immediate division and modulo by zero', () => {
    expect(runWith(asm('PUSH 1\nDIV 0\n')).faults).toEqual(['bad: fault at instruction 1 (DIV 0): division by zero']);
    expect(runWith(asm('PUSH 1\nMOD 0\n')).faults).toEqual(['bad: fault at instruction 1 (MOD 0): division by zero']);
  });

  it('stack underflow', () => {
    expect(runWith(asm('NOP\nADD 2\n')).faults).toEqual(['bad: fault at instruction 1 (ADD 2): stack underflow']);
    expect(runWith(asm('PUSH 1\nADDS\n')).faults).toEqual(['bad: fault at instruction 1 (ADDS): stack underflow']);
    expect(runWith(asm('JZ 0\n')).faults).toEqual(['bad: fault at instruction 0 (JZ 0): stack underflow']);
  });

  it('stack overflow', () => {
    const { faults, bad } = runWith(asm('loop: PUSH 1\nJMP loop\n'));
    expect(faults).toEqual(['bad: fault at instruction 0 (PUSH 1): stack overflow']);
    expect(bad.cpuTime).toBe(2 * STACK_LIMIT + 1);
  });

  it('bad jump, bad address and negative sleep in hand-made binaries', () => {
    const jump = programFromInstructions([{ op: OP_NOP, operand: 0 }, { op: OP_JMP, operand: 7 }]);
    expect(runWith(jump).faults).toEqual(['bad: fault at instruction 1 (JMP 7): bad jump to instruction 7 (program has 2)']);
    const load = programFromInstructions([{ op: OP_LOAD, operand: -1 }]);
    expect(runWith(load).faults).toEqual(['bad: fault at instruction 0 (LOAD -1): bad address -1']);
    const sleep = programFromInstructions([{ op: OP_SLEEP, operand: -5 }]);
    expect(runWith(sleep).faults).toEqual(['bad: fault at instruction 0 (SLEEP -5): negative sleep -5']);
  });

  it('a task whose last instruction is SLEEP finishes when it wakes', () => {
    // NOP at tick 0, SLEEP 5 at tick 1, awake (and so done) at 2 + 5 = 7.
    const result = simulate([{ path: 's', program: asm('NOP\nSLEEP 5\n') }], { policy: 'srtf' });
    expect(result.tasks[0]).toMatchObject({ state: 'done', completion: 7, cpuTime: 2, sleepTime: 5, waiting: 0 });
  });

  it('PRINT writes the popped value; running off the end finishes the task', () => {
    const output: string[] = [];
    const result = simulate([{ path: 'p', program: asm('PUSH 6\nMUL 7\nPRINT\nPUSH -9\nDIV 2\nPRINT\n') }], {
      policy: 'fcfs',
      onOutput: (line) => output.push(line),
    });
    expect(output).toEqual(['p: 42', 'p: -4']);
    expect(result.tasks[0]).toMatchObject({ state: 'done', completion: 6 });
  });
});
