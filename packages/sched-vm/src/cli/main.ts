// The sched-vm command: argv in, text on stdout/stderr and an exit status out (bin.ts calls it). Each command is a
// thin layer over the library: asm -> assembleSource + encodeProgram, dis -> decodeProgram +
// disassembleProgram, run -> simulate plus the chosen reports.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { assembleSource } from '../assembler/assemble.ts';
import { disassembleProgram } from '../assembler/disassemble.ts';
import { decodeProgram, encodeProgram } from '../program/binary.ts';
import { InputError } from '../program/diagnostic.ts';
import { renderGantt } from '../report/gantt.ts';
import { renderMetrics } from '../report/text.ts';
import { simulate } from '../simulate.ts';
import type { TaskSpec } from '../vm/task.ts';
import { parseCommand, UsageError, USAGE, type RunCommand } from './args.ts';
import { BufferedOut, OutputClosed, processOutput, type CliOutput } from './output.ts';
import { ProgramLoader, taskFromArgument, tasksFromWorkload } from './workload.ts';

const VERSION = '0.1.0';

function readSource(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new InputError([{ file, line: 0, message: 'cannot read source file' }]);
  }
}

/** Creates a directory and its missing parents one at a time (recursive mkdirSync can spin forever under /proc). */
function makeDirectories(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeDirectories(parent);
  mkdirSync(dir);
}

function binaryNameFor(source: string): string {
  return /\.(s|asm)$/i.test(source) ? source.replace(/\.(s|asm)$/i, '.bin') : `${source}.bin`;
}

function assembleFiles(sources: readonly string[], output: string | undefined): void {
  const errors = [];
  for (const source of sources) {
    try {
      const bytes = encodeProgram(assembleSource(readSource(source), source));
      const target = output ?? binaryNameFor(source);
      try {
        makeDirectories(dirname(target));
        writeFileSync(target, bytes);
      } catch (error) {
        throw new InputError([{ file: target, line: 0, message: `cannot write: ${(error as Error).message}` }]);
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(...error.diagnostics);
    }
  }
  if (errors.length > 0) throw new InputError(errors);
}

function disassembleFiles(files: readonly string[], out: BufferedOut): void {
  const loader = new ProgramLoader();
  for (const file of files) out.text(disassembleProgram(loader.load(file, file), basename(file)));
}

function runTasksCommand(command: RunCommand, out: BufferedOut, io: CliOutput): number {
  const loader = new ProgramLoader();
  const specs: TaskSpec[] = [];
  for (const workload of command.workloads) specs.push(...tasksFromWorkload(workload, loader));
  for (const argument of command.tasks) specs.push(taskFromArgument(argument, loader));

  const traceLines: string[] = [];
  const outputLines: string[] = [];
  const faultLines: string[] = [];
  const result = simulate(specs, {
    policy: command.policy,
    quantum: command.quantum,
    quanta: command.quanta,
    boost: command.boost,
    aging: command.aging,
    preemptive: command.preemptive,
    switchCost: command.switchCost,
    maxTicks: command.maxTicks,
    timeline: command.gantt || command.json,
    onTrace: command.trace ? (command.json ? (l) => traceLines.push(l) : (l) => out.line(l)) : undefined,
    onOutput: command.json ? (l) => outputLines.push(l) : (l) => out.line(l),
    onFault: (l) => faultLines.push(l),
  });

  if (command.json) {
    out.text(`${JSON.stringify({
      policy: result.policy,
      summary: result.summary,
      tasks: result.tasks,
      timeline: result.timeline,
      ...(command.trace ? { trace: traceLines } : {}),
      output: outputLines,
      stoppedEarly: result.stoppedEarly,
    }, null, 2)}\n`);
  } else {
    if (command.gantt) {
      if (command.trace) out.line('');
      out.text(renderGantt(result.timeline, result.tasks.map((t) => t.path), result.endTime));
    }
    if (command.metrics) {
      if (command.trace || command.gantt) out.line('');
      out.text(renderMetrics(result.policy, result.tasks, result.summary));
    }
  }
  out.flush();
  for (const line of faultLines) io.err(`sched-vm: ${line}\n`);
  if (result.stoppedEarly) {
    io.err(`sched-vm: stopped at tick ${result.endTime} with ${result.summary.unfinished} tasks unfinished (raise --max-ticks)\n`);
    return 1;
  }
  return 0;
}

export function main(argv: readonly string[], io: CliOutput = processOutput): number {
  const out = new BufferedOut(io);
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case 'help':
        io.out(USAGE);
        return 0;
      case 'version':
        io.out(`sched-vm ${VERSION}\n`);
        return 0;
      case 'asm':
        assembleFiles(command.sources, command.output);
        return 0;
      case 'dis':
        disassembleFiles(command.files, out);
        out.flush();
        return 0;
      case 'run':
        return runTasksCommand(command, out, io);
    }
  } catch (error) {
    if (error instanceof OutputClosed) return 0;
    try {
      out.flush();
    } catch (flushError) {
      if (flushError instanceof OutputClosed) return 0;
      throw flushError;
    }
    if (error instanceof InputError) {
      io.err(`${error.message}\n`);
      return 1;
    }
    if (error instanceof UsageError || error instanceof RangeError) {
      io.err(`sched-vm: ${error.message}\n(run \`sched-vm help' for usage)\n`);
      return 2;
    }
    throw error;
  }
}
