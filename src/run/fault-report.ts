// The crash report: how the guest stopped (a CPU fault, a bad pointer given to libc) in, the
// signal it dies of and the lines for stderr out: bash's `Segmentation fault`, then where and
// why in nasm's `file:line: error:` style, then rip, the nearest symbol and the instruction.

import type { Disassembler } from '../../emulator/disassemble.ts';
import type { Engine, MemoryAccess } from '../../emulator/engine.ts';
import type { LoadedImage } from '../link/image.ts';
import { STACK_SIZE, STACK_TOP } from '../link/memory-map.ts';
import { annotateTarget, hex, sourceLine, symbolize } from './describe-address.ts';
import { EXCEPTION_SIGNALS, SIGILL, SIGSEGV, type Signal } from './signals.ts';

export type Fault =
  | { kind: 'memory'; access: MemoryAccess; address: number; unmapped: boolean }
  | { kind: 'exception'; vector: number }
  | { kind: 'invalid-instruction' }
  /** A libc function was handed a bad pointer: the guest was at `stub`, called from `returnAddress`. */
  | { kind: 'libc-memory'; access: MemoryAccess; address: number; functionName: string; returnAddress: number };

export interface FaultReport {
  signal: Signal;
  lines: string[];
}

export interface FaultContext {
  engine: Engine;
  image: LoadedImage;
  disassembler: Disassembler;
  rip: number;
}

const STACK_GUARD_PAGES = 16 * 0x1000;

export function reportFault(fault: Fault, context: FaultContext): FaultReport {
  const { signal, what } = classify(fault);
  const site = fault.kind === 'libc-memory' ? callSite(context, fault.returnAddress) : context.rip;
  const line = sourceLine(context.image, site);
  const where = line ? `${line.file}:${line.line}: error` : 'run-asm: error';
  const lines = [signal.description, `${where}: ${what} (rip ${hex(context.rip)})`];
  if (fault.kind === 'libc-memory') {
    lines.push(`  in ${fault.functionName}, called from ${describeInstruction(context, site)}`);
  } else if (!(fault.kind === 'memory' && fault.access === 'fetch')) {
    lines.push(`  at ${describeInstruction(context, context.rip)}`);
  } else {
    lines.push(`  at ${hex(context.rip)}: cannot fetch an instruction there`);
  }
  return { signal, lines };
}

function classify(fault: Fault): { signal: Signal; what: string } {
  switch (fault.kind) {
    case 'memory':
    case 'libc-memory':
      return { signal: SIGSEGV, what: describeAccess(fault.access, fault.address, fault.kind === 'memory' ? fault.unmapped : true) };
    case 'invalid-instruction':
      return { signal: SIGILL, what: 'invalid opcode' };
    case 'exception': {
      const known = EXCEPTION_SIGNALS[fault.vector];
      return known ?? { signal: SIGSEGV, what: `CPU exception ${fault.vector}` };
    }
  }
}

function describeAccess(access: MemoryAccess, address: number, unmapped: boolean): string {
  const stackBottom = STACK_TOP - STACK_SIZE;
  if (unmapped && address < stackBottom && address >= stackBottom - STACK_GUARD_PAGES) {
    return `stack overflow (${access} at ${hex(address)}, below the 8 MiB stack)`;
  }
  const verb = access === 'write' ? 'write to' : access === 'fetch' ? 'execute' : 'read from';
  return unmapped ? `${verb} unmapped address ${hex(address)}` : `${verb} address ${hex(address)}, which the page's protection forbids`;
}

/** `0x401012 <main+0x12>: mov rax, qword ptr [0]` */
function describeInstruction(context: FaultContext, address: number): string {
  const symbol = symbolize(context.image, address);
  const label = symbol ? `${hex(address)} <${symbol}>` : hex(address);
  let bytes: Uint8Array | undefined;
  for (let length = 15; length > 0 && !bytes; length--) {
    try {
      bytes = context.engine.readMemory(address, length);
    } catch {
      bytes = undefined;
    }
  }
  const instruction = bytes && context.disassembler.decode(bytes, address);
  return instruction ? `${label}: ${annotateTarget(context.image, instruction.text)}` : label;
}

/** The start of the call instruction that ends at a return address (`call rel32` is 5 bytes, `call [rel x]` 6, `call rax` 2). */
function callSite(context: FaultContext, returnAddress: number): number {
  for (const length of [5, 6, 2, 3, 7]) {
    try {
      const bytes = context.engine.readMemory(returnAddress - length, length);
      const instruction = context.disassembler.decode(bytes, returnAddress - length);
      if (instruction?.mnemonic === 'call' && instruction.size === length) return returnAddress - length;
    } catch {
      // not readable: try the next length
    }
  }
  return returnAddress - 1;
}
