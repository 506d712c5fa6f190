// Diagnostics shared by every stage: where in the source something happened and how bad it is,
// formatted the way nasm prints them so editors and people already know how to read them.

export interface SourceLocation {
  file: string;
  line: number;
  column?: number;
  /** For a line a macro wrote: the body line each macro (outermost first) was expanding. */
  macros?: readonly MacroStep[];
  /** Written inside a `.nolist` macro: the macros it calls add no steps either. */
  unlisted?: boolean;
}

export interface MacroStep {
  name: string;
  file: string;
  line: number;
}

export type Severity = 'error' | 'warning' | 'fatal';

export interface Diagnostic {
  file: string;
  line: number;
  severity: Severity;
  message: string;
  macros?: readonly MacroStep[];
  /** Lines printed under this one as nasm's `info:` (where a redefined label was first defined). */
  notes?: readonly { file: string; line: number; message: string }[];
}

export function diagnosticAt(location: SourceLocation, severity: Severity, message: string): Diagnostic {
  const diagnostic: Diagnostic = { file: location.file, line: location.line, severity, message };
  if (location.macros !== undefined) diagnostic.macros = location.macros;
  return diagnostic;
}

/**
 * `file:line: error: message`, or `file: error: message` when no line applies; a line a macro
 * wrote is followed, as nasm does, by where in each macro it came from.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}` : d.file;
  const steps = d.macros?.map((m) => `\n${m.file}:${m.line}: ... from macro \`${m.name}' defined here`).join('') ?? '';
  const notes = d.notes?.map((n) => `\n${n.file}:${n.line}: info: ${n.message}`).join('') ?? '';
  return `${where}: ${d.severity}: ${d.message}${steps}${notes}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity !== 'warning');
}

/** Thrown to abandon a stage at once (nasm's "fatal"); ordinary errors are collected instead. */
export class DiagnosticError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(formatDiagnostic(diagnostic));
  }
}
