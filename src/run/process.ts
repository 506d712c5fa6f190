// Running a program: objects in, an exit status out (with a crash report when the guest dies).
// Maps the fixed regions (shim stubs, libc data, heap, an 8 MiB stack), creates libc, links the
// objects against it, maps the image, lays out argv/envp, enters main with its return address at
// the exit stub, and runs until exit, a fault or the timeout. Each stub is a real `ret`; a code
// hook on the stub range only runs the shim, so the guest never stops for an ordinary libc call.

import { writeSync } from 'node:fs';
import { loadDisassembler } from '../../emulator/disassemble.ts';
import { GuestMemoryError, UC_PROT_EXEC, UC_PROT_READ, UC_PROT_WRITE, type Engine, type StopReason } from '../../emulator/engine.ts';
import { openUnicornEngine } from '../../emulator/unicorn.ts';
import type { LoadedImage } from '../link/image.ts';
import { linkObjects, type LinkInput } from '../link/link.ts';
import {
  EXIT_STUB_ADDRESS,
  HEAP_BASE,
  HEAP_SIZE,
  LIBC_DATA_BASE,
  LIBC_DATA_SIZE,
  SHIM_STUB_BASE,
  SHIM_STUB_SIZE,
  SHIM_STUB_STRIDE,
  STACK_SIZE,
  STACK_TOP,
  shimStubAddress,
} from '../link/memory-map.ts';
import { reportFault, type Fault } from './fault-report.ts';
import type { Libc, LibcOptions } from '../libc/index.ts';
import { exitStatusOf, SIGABRT, SIGPIPE } from './signals.ts';
import { hex } from './describe-address.ts';
import { buildStack } from './stack.ts';
import { hookSyscalls } from './syscalls.ts';
import { traceInstructions } from './trace.ts';

const RET = 0xc3;
export const TIMEOUT_EXIT_STATUS = 124;

/** How the process gets its libc: src/libc's createLibc, or a stand-in in tests. */
export type CreateLibc = (options: LibcOptions) => Libc;

export interface RunOptions {
  createLibc: CreateLibc;
  /** argv[0] first. */
  argv: readonly string[];
  /** `NAME=value` strings; defaults to this process's environment. */
  environment?: readonly string[];
  /** 0 or absent: no limit. */
  timeoutSeconds?: number;
  /** Print each executed instruction of the program here. */
  trace?: (line: string) => void;
  stdin?: number;
  stdout?: number;
  stderr?: number;
  isTerminal?: (fd: number) => boolean;
}

export interface RunResult {
  exitStatus: number;
  ending: 'exit' | 'signal' | 'timeout';
  /** Lines written to stderr about a crash or timeout. */
  report: string[];
}

/** Links (throwing `LinkError` before anything runs) and runs the program to its end. */
export async function runProgram(inputs: readonly LinkInput[], options: RunOptions): Promise<RunResult> {
  const engine = await openUnicornEngine();
  try {
    return await runOnEngine(engine, inputs, options);
  } finally {
    engine.close();
  }
}

async function runOnEngine(engine: Engine, inputs: readonly LinkInput[], options: RunOptions): Promise<RunResult> {
  const stderr = options.stderr ?? 2;
  const environment = options.environment ?? Object.entries(process.env).map(([name, value]) => `${name}=${value}`);
  mapFixedRegions(engine);
  const libc = options.createLibc({
    engine,
    heap: { base: HEAP_BASE, size: HEAP_SIZE },
    data: { base: LIBC_DATA_BASE, size: LIBC_DATA_SIZE },
    stdin: options.stdin ?? 0,
    stdout: options.stdout ?? 1,
    stderr,
    isTerminal: options.isTerminal,
    environment,
  });
  const image = linkObjects(inputs, {
    functionAddress: (name) => {
      const index = libc.functionIndex(name);
      return index === undefined ? undefined : shimStubAddress(index);
    },
    dataAddress: (name) => libc.dataSymbol(name),
  });
  mapImage(engine, image);

  const stack = buildStack(engine, STACK_TOP, options.argv, environment, EXIT_STUB_ADDRESS);
  const entryRegisters = engine.registerBatch(['rdi', 'rsi', 'rdx', 'rsp', 'rbp']);
  entryRegisters.write([BigInt(stack.argc), BigInt(stack.argv), BigInt(stack.envp), BigInt(stack.rsp), 0n]);

  hookShimStubs(engine, libc);
  const kernel: KernelEnding = {};
  const hostFds = [options.stdin ?? 0, options.stdout ?? 1, stderr];
  hookSyscalls({
    engine,
    hostFd: (fd) => hostFds[fd],
    endProcess: (status) => {
      kernel.exitStatus ??= status;
      engine.stop();
    },
    brokenPipe: () => {
      kernel.exitStatus ??= exitStatusOf(SIGPIPE);
      engine.stop();
    },
  });
  if (options.trace) traceInstructions(engine, image, await loadDisassembler(), options.trace);

  const result = await runUntilEnd(engine, image, libc, kernel, options.timeoutSeconds ?? 0);
  if (result.report.length > 0) writeSync(stderr, `${result.report.join('\n')}\n`);
  return result;
}

function mapFixedRegions(engine: Engine): void {
  engine.mapMemory(SHIM_STUB_BASE, SHIM_STUB_SIZE, UC_PROT_READ | UC_PROT_EXEC);
  engine.writeMemory(SHIM_STUB_BASE, new Uint8Array(SHIM_STUB_SIZE).fill(RET));
  engine.mapMemory(LIBC_DATA_BASE, LIBC_DATA_SIZE, UC_PROT_READ | UC_PROT_WRITE);
  engine.mapMemory(HEAP_BASE, HEAP_SIZE, UC_PROT_READ | UC_PROT_WRITE);
  engine.mapMemory(STACK_TOP - STACK_SIZE, STACK_SIZE, UC_PROT_READ | UC_PROT_WRITE);
}

function mapImage(engine: Engine, image: LoadedImage): void {
  for (const segment of image.segments) {
    engine.mapMemory(segment.address, segment.size, segment.protection);
    engine.writeMemory(segment.address, segment.bytes);
  }
}

/** The stub range's code hook: slot 0 is main returning (exit with eax), slot n+1 is libc function n. */
function hookShimStubs(engine: Engine, libc: Libc): void {
  const rax = engine.registerBatch(['rax']);
  engine.hookCode(SHIM_STUB_BASE, SHIM_STUB_BASE + SHIM_STUB_SIZE - 1, (address) => {
    const offset = address - SHIM_STUB_BASE;
    if (offset % SHIM_STUB_STRIDE !== 0) return;
    const slot = offset / SHIM_STUB_STRIDE;
    if (slot === 0) libc.exit(Number(BigInt.asIntN(32, rax.read()[0])));
    else libc.invoke(slot - 1);
  });
}

/** An end the kernel decides (exit or exit_group syscalls, SIGPIPE from write), not libc. */
interface KernelEnding {
  exitStatus?: number;
}

/** One run from main to the end: the whole program runs in a single uc_emu_start. */
async function runUntilEnd(engine: Engine, image: LoadedImage, libc: Libc, kernel: KernelEnding, timeoutSeconds: number): Promise<RunResult> {
  const reason = engine.run(image.entry, 0, Math.round(timeoutSeconds * 1_000_000));
  if (reason.kind === 'stopped') {
    if (kernel.exitStatus !== undefined) return { exitStatus: kernel.exitStatus, ending: 'exit', report: [] };
    if (libc.killedBySignal !== undefined) {
      const report = libc.killedBySignal === 'SIGABRT' ? [SIGABRT.description] : []; // bash is silent about SIGPIPE
      return { exitStatus: libc.exitStatus ?? 128, ending: 'signal', report };
    }
    if (libc.exitStatus !== undefined) return { exitStatus: libc.exitStatus & 0xff, ending: 'exit', report: [] };
    // Nothing ends the program without saying so; resuming here could run a shim twice.
    throw new Error(`emulation stopped at ${hex(Number(engine.readRegister('rip')))} without the program ending`);
  }
  if (reason.kind === 'timeout') {
    return { exitStatus: TIMEOUT_EXIT_STATUS, ending: 'timeout', report: [`run-asm: timed out after ${timeoutSeconds} s`] };
  }
  if (reason.kind === 'memory-fault') await engine.settleFault?.();
  const fault = faultOf(reason, engine, libc);
  const rip = Number(engine.readRegister('rip'));
  const report = reportFault(fault, { engine, image, disassembler: await loadDisassembler(), rip });
  return { exitStatus: exitStatusOf(report.signal), ending: 'signal', report: report.lines };
}

function faultOf(reason: Exclude<StopReason, { kind: 'stopped' | 'timeout' }>, engine: Engine, libc: Libc): Fault {
  switch (reason.kind) {
    case 'memory-fault':
      return { kind: 'memory', access: reason.access, address: reason.address, unmapped: reason.unmapped };
    case 'interrupt':
      return { kind: 'exception', vector: reason.number };
    case 'invalid-instruction':
      return { kind: 'invalid-instruction' };
    case 'hook-error': {
      if (!(reason.error instanceof GuestMemoryError)) throw reason.error;
      const rip = Number(engine.readRegister('rip'));
      const slot = (rip - SHIM_STUB_BASE) / SHIM_STUB_STRIDE;
      const functionName = libc.functionNames()[slot - 1] ?? 'libc';
      const rsp = Number(engine.readRegister('rsp'));
      const returnAddress = Number(new DataView(engine.readMemory(rsp, 8).buffer).getBigUint64(0, true));
      return { kind: 'libc-memory', access: reason.error.access, address: reason.error.address, functionName, returnAddress };
    }
  }
}
