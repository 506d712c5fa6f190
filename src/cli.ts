// The run-asm command: command-line words in, an exit status out. Runs a program (assembling its
// sources, loading nasm-made objects, linking, running under Unicorn) or only assembles (-c).
// Every failure the user can cause ends in a message on stderr and a status, never a host crash.

import { readFileSync, writeFileSync, writeSync } from 'node:fs';
import packageJson from '../package.json' with { type: 'json' };
import { UnicornMissingError } from '../emulator/unicorn.ts';
import type { AssembleOptions, AssembleResult } from './assemble.ts';
import { formatDiagnostic, hasErrors } from './common/diagnostic.ts';
import { ObjectFormatError, readObject } from './elf/read.ts';
import { createLibc } from './libc/index.ts';
import { LinkError, type LinkInput } from './link/link.ts';
import { parseCommandLine, programNameFor, USAGE, UsageError, type Command } from './run/command-line.ts';
import { assembleCached, objectCacheDirectory } from './run/object-cache.ts';
import { runProgram } from './run/process.ts';

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
  switch (command.kind) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'version':
      process.stdout.write(`run-asm ${packageJson.version}\n`);
      return 0;
    case 'assemble':
      return assembleOnly(command);
    case 'run':
      return run(command);
  }
}

async function assembleOnly(command: Extract<Command, { kind: 'assemble' }>): Promise<number> {
  const result = await assembleFile(command.input, { includePaths: command.includePaths, defines: command.defines });
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

async function run(command: Extract<Command, { kind: 'run' }>): Promise<number> {
  const inputs = await loadInputs(command);
  if (!inputs) return FAILURE;
  try {
    const result = await runProgram(inputs, {
      createLibc,
      argv: [programNameFor(command.inputs[0]), ...command.programArguments],
      timeoutSeconds: command.timeoutSeconds,
      trace: command.trace ? (line) => printError(line) : undefined,
    });
    return result.exitStatus;
  } catch (error) {
    if (error instanceof LinkError || error instanceof UnicornMissingError) {
      printError(error.message);
      return FAILURE;
    }
    // A bug in run-asm itself: say so plainly (with the stack when RUN_ASM_DEBUG is set), never crash.
    printError(`run-asm: internal error: ${(error as Error).message ?? String(error)}`);
    if (process.env.RUN_ASM_DEBUG) printError(String((error as Error).stack));
    return INTERNAL_ERROR;
  }
}

/** Assembles each source and reads each object; prints every diagnostic; undefined when any failed. */
async function loadInputs(command: Extract<Command, { kind: 'run' }>): Promise<LinkInput[] | undefined> {
  const inputs: LinkInput[] = [];
  let failed = false;
  for (const path of command.inputs) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (/\.(o|obj)$/i.test(path)) {
      try {
        inputs.push({ object: readObject(new Uint8Array(readFileSync(path)), name) });
      } catch (error) {
        failed = true;
        if (error instanceof ObjectFormatError) printError(`run-asm: ${error.message}`);
        else printError(`run-asm: cannot read \`${path}': ${fileErrorReason(error)}`);
      }
      continue;
    }
    const options = { includePaths: command.includePaths, defines: command.defines };
    const result = await assembleCached(objectCacheDirectory(), path, options, assembleFile);
    for (const diagnostic of result.diagnostics) printError(formatDiagnostic(diagnostic));
    if (!result.object || hasErrors(result.diagnostics)) {
      failed = true;
      continue;
    }
    try {
      const objectName = name.replace(/\.[^.]*$/, '') + '.o';
      inputs.push({ object: readObject(result.object, objectName), lineTable: result.lineTable });
    } catch (error) {
      if (!(error instanceof ObjectFormatError)) throw error;
      failed = true;
      printError(`run-asm: internal error: the assembler wrote a bad object for ${path}: ${error.message}`);
    }
  }
  return failed ? undefined : inputs;
}

/** The assembler (and Keystone with it) loads only when something is assembled, not on a cache hit. */
async function assembleFile(path: string, options: AssembleOptions): Promise<AssembleResult> {
  const assembler = await import('./assemble.ts');
  return assembler.assembleFile(path, options);
}

/** A failed read or write in few words: the errno name (ENOENT, EACCES...) when there is one. */
function fileErrorReason(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

function printError(text: string): void {
  writeSync(2, `${text}\n`);
}
