// `run-asm FILE...`: assembles the sources (through the object cache), reads nasm-made objects,
// links them and runs the program under the emulator; the exit status is the program's.

import { readFileSync } from 'node:fs';
import { UnicornMissingError } from '../../emulator/unicorn.ts';
import type { AssembleOptions, AssembleResult } from '../assemble.ts';
import { formatDiagnostic, hasErrors } from '../common/diagnostic.ts';
import { fileErrorReason, printError } from '../common/stderr.ts';
import { ObjectFormatError, readObject } from '../elf/read.ts';
import { createLibc } from '../libc/index.ts';
import { LinkError, type LinkInput } from '../link/link.ts';
import { programNameFor, type Command } from './command-line.ts';
import { cacheDirectory } from '../common/cache-directory.ts';
import { assembleCached } from './object-cache.ts';
import { runProgram } from './process.ts';

const FAILURE = 1;

type Assemble = (path: string, options: AssembleOptions) => Promise<AssembleResult>;

export async function runCommand(command: Extract<Command, { kind: 'run' }>, assembleFile: Assemble): Promise<number> {
  const inputs = await loadInputs(command, assembleFile);
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
    if (!(error instanceof LinkError || error instanceof UnicornMissingError)) throw error;
    printError(error.message);
    return FAILURE;
  }
}

/** Assembles each source and reads each object; prints every diagnostic; undefined when any failed. */
async function loadInputs(command: Extract<Command, { kind: 'run' }>, assembleFile: Assemble): Promise<LinkInput[] | undefined> {
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
    const cache = cacheDirectory();
    const options = { includePaths: command.includePaths, defines: command.defines, templateDirectory: cache };
    const result = await assembleCached(cache, path, options, assembleFile);
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
