// Diagnostics shared by every stage: where in the source something happened and how bad it is,
// formatted the way nasm prints them so editors and people already know how to read them.

export interface SourceLocation {
  file: string;
  line: number;
  column?: number;
}

export type Severity = 'error' | 'warning' | 'fatal';

export interface Diagnostic {
  file: string;
  line: number;
  severity: Severity;
  message: string;
}

export function diagnosticAt(location: SourceLocation, severity: Severity, message: string): Diagnostic {
  return { file: location.file, line: location.line, severity, message };
}

/** `file:line: error: message`, or `file: error: message` when no line applies. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}` : d.file;
  return `${where}: ${d.severity}: ${d.message}`;
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
