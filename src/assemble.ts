// The assembler's entry point: NASM source text in, an ELF64 relocatable object (plus diagnostics
// and a line table for runtime fault reports) out. It only chains the stages; each does one job.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from './common/diagnostic.ts';
import { preprocessEach } from './preprocess/preprocess.ts';
import { ProgramParser } from './parse/parse.ts';
import { encode } from './encode/encode.ts';
import { TemplateEncoder } from './encode/keystone.ts';
import { writeElf } from './elf/write.ts';

export interface LineTableEntry {
  section: string;
  offset: number;
  file: string;
  line: number;
}

export interface AssembleOptions {
  includePaths?: string[];
  defines?: Record<string, string>;
  readFile?: (path: string) => string | undefined;
}

export interface AssembleResult {
  /** Absent when there are errors. */
  object?: Uint8Array;
  diagnostics: Diagnostic[];
  /** Sorted by section, then offset; one entry per emitted instruction or data line. */
  lineTable: LineTableEntry[];
}

/** One Keystone instance (and its template cache) serves every assembly in the process. */
let sharedEncoder: Promise<TemplateEncoder> | undefined;

export async function assembleSource(file: string, text: string, options: AssembleOptions = {}): Promise<AssembleResult> {
  if (sharedEncoder === undefined) {
    // Keystone's wasm compiles on V8's background threads while this thread preprocesses and
    // parses; the read that starts the compile waits in a promise job, so let that run first.
    sharedEncoder = TemplateEncoder.create(64);
    await new Promise(setImmediate);
  }
  const parser = new ProgramParser();
  const { diagnostics } = preprocessEach({ file, text }, options, (line) => parser.parseLine(line));
  if (hasErrors(diagnostics) && diagnostics.some((d) => d.severity === 'fatal')) return { diagnostics, lineTable: [] };
  const encoder = await sharedEncoder;
  const encoded = encode(
    { statements: parser.statements, diagnostics: [...diagnostics, ...parser.diagnostics] },
    { encoder, readBinary: (path) => readBinary(path, file, options.includePaths ?? []) },
  );
  const lineTable = encoded.lineTable;
  if (hasErrors(encoded.diagnostics)) return { diagnostics: encoded.diagnostics, lineTable };
  return { object: writeElf(encoded, file), diagnostics: encoded.diagnostics, lineTable };
}

/** `incbin` looks next to the source first, then in the include paths, as nasm does. */
function readBinary(path: string, sourceFile: string, includePaths: string[]): Uint8Array | undefined {
  for (const candidate of [resolve(dirname(sourceFile), path), path, ...includePaths.map((dir) => resolve(dir, path))]) {
    try {
      return readFileSync(candidate);
    } catch {
      // try the next place
    }
  }
  return undefined;
}

export async function assembleFile(path: string, options: AssembleOptions = {}): Promise<AssembleResult> {
  let text: string | undefined;
  try {
    text = options.readFile ? options.readFile(path) : readFileSync(path, 'latin1');
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    return {
      diagnostics: [{ file: path, line: 0, severity: 'fatal', message: `unable to open input file \`${path}'` }],
      lineTable: [],
    };
  }
  return assembleSource(path, text, options);
}
