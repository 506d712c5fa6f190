// Errors about user input (source text, binary files, workload files), printed the way nasm and
// gcc print theirs: `FILE:LINE: error: message`, or `FILE: error: message` when no line applies.

export interface Diagnostic {
  readonly file: string;
  /** 1-based; 0 when the problem is about the whole file. */
  readonly line: number;
  readonly message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return d.line > 0 ? `${d.file}:${d.line}: error: ${d.message}` : `${d.file}: error: ${d.message}`;
}

/** Carries one or more diagnostics out of a stage that cannot go on with bad input. */
export class InputError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'InputError';
  }
}
