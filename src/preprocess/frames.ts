// Where the preprocessor's next line comes from: a file, a multi-line macro's body or a `%rep`
// body, stacked as they nest. A frame in, its next raw line (text and location) out.

import type { SourceLocation } from '../common/diagnostic.ts';
import type { MacroInvocation } from './multi-line.ts';
import type { SourceLines } from './source-lines.ts';

export interface RawLine {
  text: string;
  location: SourceLocation;
}

export interface FileFrame {
  kind: 'file';
  file: string;
  source: SourceLines;
  /** Set by `%line`: the reported number and file from the following physical line on. */
  lineMapping?: { physical: number; reported: number; step: number; file: string };
  conditionDepth: number;
}

export interface MacroFrame {
  kind: 'macro';
  invocation: MacroInvocation;
  next: number;
  conditionDepth: number;
}

export interface RepFrame {
  kind: 'rep';
  lines: RawLine[];
  next: number;
  remaining: bigint;
  /** The macro call this `%rep` sits in, whose parameters its lines still refer to. */
  invocation: MacroInvocation | undefined;
  conditionDepth: number;
}

export type Frame = FileFrame | MacroFrame | RepFrame;

/** The text of the frame's next raw line, or undefined when the frame is done. */
export function nextRawText(frame: Frame): string | undefined {
  switch (frame.kind) {
    case 'file':
      return frame.source.next();
    case 'macro': {
      const line = frame.invocation.macro.body[frame.next];
      if (!line) return undefined;
      frame.next++;
      return line.text;
    }
    case 'rep': {
      if (frame.next >= frame.lines.length) {
        if (frame.remaining <= 1n || frame.lines.length === 0) return undefined;
        frame.remaining--;
        frame.next = 0;
      }
      return frame.lines[frame.next++]!.text;
    }
  }
}

/** Where the line `nextRawText` last gave out is reported: macro lines at their call. */
export function rawLineLocation(frame: Frame): SourceLocation {
  switch (frame.kind) {
    case 'file':
      return reportedLocation(frame, frame.source.lineNumber);
    case 'macro': {
      const { location, macro } = frame.invocation;
      // a `.nolist` macro, and whatever it calls, leave the steps as they were outside it
      if (macro.nolist || location.unlisted) return location.unlisted ? location : { ...location, unlisted: true };
      const body = macro.body[frame.next - 1]!.location;
      const step = { name: macro.name, file: body.file, line: body.line };
      return { file: location.file, line: location.line, macros: location.macros ? [...location.macros, step] : [step] };
    }
    case 'rep':
      return frame.lines[frame.next - 1]!.location;
  }
}

function reportedLocation(frame: FileFrame, physical: number): SourceLocation {
  const mapping = frame.lineMapping;
  if (!mapping) return { file: frame.file, line: physical };
  return { file: mapping.file, line: mapping.reported + (physical - mapping.physical - 1) * mapping.step };
}

/** The macro call whose parameters a line from this frame may use. */
export function invocationOf(frame: Frame): MacroInvocation | undefined {
  return frame.kind === 'file' ? undefined : frame.invocation;
}
