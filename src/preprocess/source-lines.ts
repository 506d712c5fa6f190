// Physical source text in, numbered logical source lines out: line endings normalised and lines
// ending in a backslash joined to the next (the joined line keeps the first line's number).

export interface SourceLine {
  text: string;
  /** 1-based number of the first physical line this line came from. */
  line: number;
}

export function splitSourceLines(text: string): SourceLine[] {
  const physical = text.split(/\r?\n|\r/);
  // A final newline ends the last line rather than starting an empty one.
  if (physical.length > 1 && physical[physical.length - 1] === '') physical.pop();
  const lines: SourceLine[] = [];
  for (let i = 0; i < physical.length; i++) {
    const first = i;
    let joined = physical[i]!;
    while (joined.endsWith('\\') && i + 1 < physical.length) {
      joined = joined.slice(0, -1) + physical[++i]!;
    }
    lines.push({ text: joined, line: first + 1 });
  }
  return lines;
}
