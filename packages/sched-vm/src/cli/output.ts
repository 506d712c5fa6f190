// Where the CLI's text goes. The real one writes synchronously to file descriptors 1 and 2, so a
// reader that goes away (`sched-vm run --trace ... | head`) stops the run at once instead of
// crashing later on an EPIPE; tests pass one that collects the text.

import { writeSync } from 'node:fs';

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

/** Thrown when stdout's reader has gone: the CLI stops quietly, as `yes | head` does. */
export class OutputClosed extends Error {
  override name = 'OutputClosed';
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue; // a non-blocking pipe is full: its reader will drain it
      if (code === 'EPIPE') throw new OutputClosed();
      throw error;
    }
  }
}

export const processOutput: CliOutput = {
  out: (text) => writeAll(1, text),
  err: (text) => {
    try {
      writeAll(2, text);
    } catch (error) {
      if (!(error instanceof OutputClosed)) throw error;
    }
  },
};

/** Gathers output and passes it on in large pieces: a trace can be millions of lines. */
export class BufferedOut {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly sink: CliOutput) {}

  line(text: string): void {
    this.parts.push(text, '\n');
    this.size += text.length + 1;
    if (this.size > 1 << 16) this.flush();
  }

  text(text: string): void {
    this.parts.push(text);
    this.size += text.length;
  }

  flush(): void {
    if (this.parts.length > 0) this.sink.out(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}
