// Physical source text in, numbered logical source lines out, one at a time: line endings
// normalised and lines ending in a backslash joined to the next (the joined line keeps the first
// line's number). Lines are cut from the text only as they are read.

const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;

export class SourceLines {
  /** Where the next physical line starts; past the end once the last one is read. */
  private offset = 0;
  private physicalRead = 0;
  private readonly hasCarriageReturns: boolean;
  private readonly hasNuls: boolean;
  /** 1-based number of the first physical line of the line last read; 0 before the first. */
  lineNumber = 0;
  /** How many logical lines have been read. */
  count = 0;

  constructor(private readonly text: string) {
    this.hasCarriageReturns = text.includes('\r');
    this.hasNuls = text.includes('\0');
  }

  next(): string | undefined {
    if (!this.hasNextPhysical()) return undefined;
    this.lineNumber = this.physicalRead + 1;
    this.count++;
    let line = this.nextText();
    while (line.length > 0 && line.charCodeAt(line.length - 1) === BACKSLASH && this.hasNextPhysical()) {
      line = line.slice(0, -1) + this.nextText();
    }
    return line;
  }

  /** The next physical line as nasm reads it: up to a NUL byte, which ends a C string. */
  private nextText(): string {
    return this.hasNuls ? untilNul(this.nextPhysical()) : this.nextPhysical();
  }

  /** A final line break ends the last line rather than starting an empty one; empty text is one empty line. */
  private hasNextPhysical(): boolean {
    return this.offset < this.text.length || (this.offset === 0 && this.physicalRead === 0);
  }

  private nextPhysical(): string {
    const { text } = this;
    const start = this.offset;
    const end = this.hasCarriageReturns ? lineBreakAt(text, start) : text.indexOf('\n', start);
    this.physicalRead++;
    if (end < 0) {
      this.offset = text.length + 1;
      return text.slice(start);
    }
    this.offset = text.charCodeAt(end) === CR && end + 1 < text.length && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
    return text.slice(start, end);
  }
}

function lineBreakAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || code === CR) return i;
  }
  return -1;
}

/** nasm reads lines as C strings: a NUL byte ends the line there. */
function untilNul(line: string): string {
  const nul = line.indexOf('\0');
  return nul < 0 ? line : line.slice(0, nul);
}
