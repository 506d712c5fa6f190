// The assembler's entry point: NASM source text in, an ELF64 relocatable object (plus diagnostics
// and a line table for runtime fault reports) out. It only chains the stages; each does one job.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from './common/diagnostic.ts';
import { preprocessEach } from './preprocess/preprocess.ts';
import { ProgramParser } from './parse/parse.ts';
import { encode, StreamedPass, type EncodeOptions } from './encode/encode.ts';
import { KeystoneNotLoaded, TemplateEncoder } from './encode/keystone.ts';
import { TemplateStore } from './encode/template-store.ts';
import type { EncodedProgram } from './encode/program.ts';
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
  /**
   * Where Keystone's encodings are kept between runs (see encode/template-store.ts); without it
   * every process loads Keystone. The first assembly in a process decides.
   */
  templateDirectory?: string;
}

export interface AssembleResult {
  /** Absent when there are errors. */
  object?: Uint8Array;
  diagnostics: Diagnostic[];
  /** Sorted by section, then offset; one entry per emitted instruction or data line. */
  lineTable: LineTableEntry[];
}

/** One template encoder (one Keystone instance, loaded when first needed) serves every assembly in the process. */
let sharedEncoder: TemplateEncoder | undefined;

function templateEncoder(options: AssembleOptions): TemplateEncoder {
  if (sharedEncoder === undefined) {
    const store = options.templateDirectory === undefined ? undefined : TemplateStore.open(options.templateDirectory, 64);
    sharedEncoder = new TemplateEncoder(64, store);
    // With nothing stored Keystone will surely be needed: compile it while the source is read.
    if (store === undefined || store.isEmpty) void sharedEncoder.load();
  }
  return sharedEncoder;
}

export async function assembleSource(file: string, text: string, options: AssembleOptions = {}): Promise<AssembleResult> {
  const encoder = templateEncoder(options);
  // The read that starts Keystone's compile waits in a promise job: let it run before the long synchronous part.
  if (encoder.loadStarted) await new Promise(setImmediate);
  const encodeOptions = { encoder, readBinary: (path: string) => readBinary(path, file, options.includePaths ?? []) };
  // Unless Keystone is still loading (nothing stored yet), try one pass over the lines as they come.
  if (!encoder.stillLoading) {
    const streamed = assembleStreamed(file, text, options, encodeOptions);
    if (streamed) return streamed;
  }
  const parser = new ProgramParser();
  const { diagnostics } = preprocessEach({ file, text }, options, (line) => parser.parseLine(line), (line, at) => parser.replay(line, at));
  if (hasErrors(diagnostics) && diagnostics.some((d) => d.severity === 'fatal')) return { diagnostics, lineTable: [] };
  const program = { statements: parser.statements, diagnostics: [...diagnostics, ...parser.diagnostics] };
  let encoded: EncodedProgram;
  try {
    encoded = encode(program, encodeOptions);
  } catch (error) {
    if (!(error instanceof KeystoneNotLoaded)) throw error;
    // an instruction shape no earlier run has seen: only Keystone knows its encoding
    await encoder.load();
    encoded = encode(program, encodeOptions);
  }
  encoder.saveTemplates();
  return assembled(encoded, file);
}

/**
 * Most sources are assembled in one pass over statements that are encoded as they are parsed and
 * then dropped. Undefined when that pass was not the last word: the source is then read again and
 * encoded pass after pass.
 */
function assembleStreamed(file: string, text: string, options: AssembleOptions, encodeOptions: EncodeOptions): AssembleResult | undefined {
  const pass = new StreamedPass(encodeOptions);
  const parser = new ProgramParser((statement, repeatedAt) => pass.take(statement, repeatedAt));
  const { diagnostics } = preprocessEach({ file, text }, options, (line) => parser.parseLine(line), (line, at) => parser.replay(line, at));
  if (hasErrors(diagnostics) || hasErrors(parser.diagnostics)) return undefined;
  const encoded = pass.finish([...diagnostics, ...parser.diagnostics]);
  if (!encoded) return undefined;
  // a Keystone loaded by an earlier assembly in this process may have made new encodings
  encodeOptions.encoder.saveTemplates();
  return assembled(encoded, file);
}

function assembled(encoded: EncodedProgram, file: string): AssembleResult {
  if (hasErrors(encoded.diagnostics)) return { diagnostics: encoded.diagnostics, lineTable: encoded.lineTable };
  // the line table is made only if read: writing an object alone does not need it
  return { object: writeElf(encoded, file), diagnostics: encoded.diagnostics, get lineTable() { return encoded.lineTable; } };
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
