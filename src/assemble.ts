// The assembler's entry point: NASM source text in, an ELF64 relocatable object (plus diagnostics
// and a line table for runtime fault reports) out. It only chains the stages; each does one job.

import { readFileSync } from 'node:fs';
import type { Diagnostic } from './common/diagnostic.ts';

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

export async function assembleSource(file: string, text: string, options: AssembleOptions = {}): Promise<AssembleResult> {
  void text;
  void options;
  return {
    diagnostics: [{ file, line: 0, severity: 'fatal', message: 'assembler not available yet' }],
    lineTable: [],
  };
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
