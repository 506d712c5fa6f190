// The run-asm command: command-line words in, an exit status out. Runs a program (assembling its
// sources, loading nasm-made objects, linking, running under Unicorn) or only assembles (-c).
// Every failure the user can cause ends in a message on stderr and a status, never a host crash.

import { statSync, writeFileSync } from 'node:fs';
import packageJson from '../package.json' with { type: 'json' };
import type { AssembleOptions, AssembleResult } from './assemble.ts';
import { setCompilerFlags } from './common/bundle-loader.ts';
import { cacheDirectory } from './common/cache-directory.ts';
import { formatDiagnostic, hasErrors } from './common/diagnostic.ts';
import { fileErrorReason, printError } from './common/stderr.ts';
import { parseCommandLine, USAGE, UsageError, type Command } from './run/command-line.ts';

const FAILURE = 1;
const INTERNAL_ERROR = 70; // EX_SOFTWARE

export async function main(argv: string[]): Promise<number> {
  let command: Command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    printError(`run-asm: ${error.message}\n${USAGE.split('\n').slice(0, 2).join('\n')}\ntry \`run-asm --help' for more`);
    return FAILURE;
  }
  try {
    return await perform(command);
  } catch (error) {
    // A bug in run-asm itself: say so plainly (with the stack when RUN_ASM_DEBUG is set), never crash.
    printError(`run-asm: internal error: ${(error as Error).message ?? String(error)}`);
    if (process.env.RUN_ASM_DEBUG) printError(String((error as Error).stack));
    return INTERNAL_ERROR;
  }
}

/**
 * Writes to standard output and waits until it is taken, so the process may exit as soon as main
 * returns. Every other output of the CLI goes straight to its descriptor.
 */
function writeOut(text: string): Promise<void> {
  return new Promise((resolve) => process.stdout.write(text, () => resolve()));
}

async function perform(command: Command): Promise<number> {
  switch (command.kind) {
    case 'help':
      await writeOut(`${USAGE}\n`);
      return 0;
    case 'version':
      await writeOut(`run-asm ${packageJson.version}\n`);
      return 0;
    case 'assemble':
      return assembleOnly(command);
    case 'run': {
      // The emulator, linker and libc load only when a program runs, not for -c or --help.
      const { runCommand } = await import('./run/run-command.ts');
      return runCommand(command, assembleFile);
    }
  }
}

async function assembleOnly(command: Extract<Command, { kind: 'assemble' }>): Promise<number> {
  tuneEngineForAssembly(command.input);
  const options = { includePaths: command.includePaths, defines: command.defines, templateDirectory: cacheDirectory() };
  const result = await assembleFile(command.input, options);
  for (const diagnostic of result.diagnostics) printError(formatDiagnostic(diagnostic));
  if (!result.object || hasErrors(result.diagnostics)) return FAILURE;
  try {
    writeFileSync(command.output, result.object);
  } catch (error) {
    printError(`run-asm: cannot write \`${command.output}': ${fileErrorReason(error)}`);
    return FAILURE;
  }
  return 0;
}

/**
 * Above this many bytes of source, V8's optimizing compiler pays for itself: on sources like the
 * bench's it starts to between 20,000 lines (326 KB) and 30,000 (490 KB).
 */
const LONG_SOURCE_BYTES = 400_000;

/**
 * An assembly runs for a fraction of a second, quickest on one core. Scavenges are done on this
 * thread alone: a short run's are small, and a scavenge shared with a helper thread waits for that
 * thread, which on a busy second core can take longer than the whole job. The young generation
 * keeps its first size: every page it grows into costs a page fault on first use, and over so
 * short a run those cost more than the extra scavenges of a small young generation. V8's
 * optimizing compiler would compile the hot functions on the other core and deliver them when
 * most lines of a source of common length are done, so it is left out below LONG_SOURCE_BYTES and
 * the lines run on V8's interpreter and its quick baseline compiler; above, it optimizes each
 * function alone (no inlining, loop peeling or escape analysis), which makes optimized code arrive
 * sooner. A long-running program is better served by V8's defaults, so only `-c` asks for this.
 */
function tuneEngineForAssembly(source: string): void {
  const compiler = sourceBytes(source) > LONG_SOURCE_BYTES ? '--no-turbo-inlining --no-turbo-loop-peeling --no-turbo-escape' : '--no-turbofan';
  setCompilerFlags(`${compiler} --no-parallel-scavenge --semi-space-growth-factor=1`);
}

/** The source's size, or 0 when it cannot be read (the assembler then says why). */
function sourceBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** The assembler (and Keystone with it) loads only when something is assembled, not on a cache hit. */
async function assembleFile(path: string, options: AssembleOptions): Promise<AssembleResult> {
  const assembler = await import('./assemble.ts');
  return assembler.assembleFile(path, options);
}
