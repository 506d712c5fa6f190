// Shared test helpers: programs of a known CPU length, and running the CLI in-process with its
// stdout and stderr collected.

import { assembleSource } from '../src/assembler/assemble.ts';
import { main } from '../src/cli/main.ts';
import type { Program } from '../src/program/program.ts';

/** A program that needs exactly `ticks` ticks of CPU: NOPs then HALT. */
export function burst(ticks: number): Program {
  return assembleSource(`${'NOP\n'.repeat(ticks - 1)}HALT\n`, `burst${ticks}.s`);
}

export function asm(source: string, file = 'test.s'): Program {
  return assembleSource(source, file);
}

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[]): CliResult {
  let stdout = '';
  let stderr = '';
  const status = main(args, {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
  });
  return { status, stdout, stderr };
}
