// FILE streams as glibc buffers them: bytes in from shims, writes to and reads from host file
// descriptors out. stdout is line-buffered on a terminal and fully buffered (st_blksize bytes)
// otherwise; stderr is unbuffered; a read that has to wait on a terminal first flushes the
// line-buffered streams, so a prompt shows before the user types.

import fs from 'node:fs';
import { pause } from './host-wait.ts';

export type BufferMode = 'line' | 'full' | 'none';

const NEWLINE = 0x0a;
/** glibc's BUFSIZ, used when the host reports no block size. */
const BUFSIZ = 8192;


function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** st_blksize of a descriptor, as glibc sizes a stream's buffer. */
function blockSize(fd: number): number {
  try {
    const size = fs.fstatSync(fd).blksize;
    return size > 0 ? size : BUFSIZ;
  } catch {
    return BUFSIZ;
  }
}

export interface StreamHost {
  /** Whether the descriptor is a terminal. */
  isTerminal(fd: number): boolean;
  /** Flushes every line-buffered output stream (glibc does this before a terminal read). */
  flushLineBuffered(): void;
  /** The write end went away (EPIPE): the process dies of SIGPIPE as a real one would. */
  brokenPipe(): void;
}

export class Stream {
  private bufferMode: BufferMode;
  private output: Uint8Array;
  private outputLength = 0;
  private input: Uint8Array | undefined;
  private inputStart = 0;
  private inputEnd = 0;
  eof = false;
  error = false;
  private readonly terminal: boolean;

  constructor(
    readonly fd: number,
    readonly name: string,
    mode: BufferMode | 'auto',
    private readonly host: StreamHost,
  ) {
    this.terminal = host.isTerminal(fd);
    this.bufferMode = mode === 'auto' ? (this.terminal ? 'line' : 'full') : mode;
    this.output = new Uint8Array(this.bufferMode === 'none' ? 0 : blockSize(fd));
  }

  get mode(): BufferMode {
    return this.bufferMode;
  }

  /** setvbuf: flushes what is pending, then buffers as asked (`size` 0: the descriptor's block size). */
  setMode(mode: BufferMode, size: number): void {
    this.flush();
    this.bufferMode = mode;
    this.output = new Uint8Array(mode === 'none' ? 0 : size > 0 ? size : blockSize(this.fd));
  }

  // ---- output ----

  write(bytes: Uint8Array): void {
    if (this.mode === 'none') {
      this.writeOut(bytes);
      return;
    }
    let offset = 0;
    while (offset < bytes.length) {
      const room = this.output.length - this.outputLength;
      const take = Math.min(room, bytes.length - offset);
      this.output.set(bytes.subarray(offset, offset + take), this.outputLength);
      this.outputLength += take;
      offset += take;
      if (this.outputLength === this.output.length) this.flush();
    }
    if (this.mode === 'line' && this.outputLength > 0) {
      const lastNewline = this.output.lastIndexOf(NEWLINE, this.outputLength - 1);
      if (lastNewline >= 0 && bytes.includes(NEWLINE)) this.flushThrough(lastNewline + 1);
    }
  }

  writeByte(byte: number): void {
    if (this.mode !== 'none' && this.outputLength < this.output.length - 1) {
      this.output[this.outputLength++] = byte;
      if (this.mode === 'line' && byte === NEWLINE) this.flush();
      return;
    }
    this.write(Uint8Array.of(byte));
  }

  flush(): void {
    this.flushThrough(this.outputLength);
  }

  private flushThrough(count: number): void {
    if (count === 0) return;
    this.writeOut(this.output.subarray(0, count));
    this.output.copyWithin(0, count, this.outputLength);
    this.outputLength -= count;
  }

  private writeOut(bytes: Uint8Array): void {
    let offset = 0;
    while (offset < bytes.length && !this.error) {
      try {
        offset += fs.writeSync(this.fd, bytes, offset, bytes.length - offset);
      } catch (error) {
        const code = errorCode(error);
        if (code === 'EAGAIN') pause(1);
        else {
          this.error = true;
          if (code === 'EPIPE') this.host.brokenPipe();
        }
      }
    }
  }

  // ---- input ----

  /** Bytes read but not yet consumed; empty only at end of file (then `eof` is set). */
  available(): Uint8Array {
    if (this.inputStart === this.inputEnd && !this.fill()) return new Uint8Array(0);
    return this.input!.subarray(this.inputStart, this.inputEnd);
  }

  consume(count: number): void {
    this.inputStart += count;
  }

  /** ungetc: `byte` becomes the next one read; clears end of file. */
  unread(byte: number): void {
    if (this.input !== undefined && this.inputStart > 0) {
      this.input[--this.inputStart] = byte;
    } else {
      const rest = this.input?.subarray(this.inputStart, this.inputEnd) ?? new Uint8Array(0);
      const grown = new Uint8Array(Math.max(rest.length + 1, this.input?.length ?? blockSize(this.fd)));
      grown[0] = byte;
      grown.set(rest, 1);
      this.input = grown;
      this.inputStart = 0;
      this.inputEnd = rest.length + 1;
    }
    this.eof = false;
  }

  /** Reads the next block from the descriptor; false at end of file. EOF is sticky, as in glibc 2.28 and later. */
  private fill(): boolean {
    if (this.eof) return false;
    this.input ??= new Uint8Array(blockSize(this.fd));
    if (this.terminal || this.mode !== 'full') this.host.flushLineBuffered();
    for (;;) {
      try {
        const count = fs.readSync(this.fd, this.input, 0, this.input.length, null);
        this.inputStart = 0;
        this.inputEnd = count;
        if (count === 0) this.eof = true;
        return count > 0;
      } catch (error) {
        const code = errorCode(error);
        if (code === 'EAGAIN') pause(1);
        else if (code === 'EOF') {
          this.eof = true;
          return false;
        } else {
          this.error = true;
          return false;
        }
      }
    }
  }
}

/** The streams of a process, found by the guest address of their FILE object. */
export class StreamTable {
  private readonly byAddress = new Map<number, Stream>();
  private readonly all: Stream[] = [];

  constructor(
    readonly stdin: Stream,
    readonly stdout: Stream,
    readonly stderr: Stream,
    readonly host: StreamHost,
  ) {}

  add(fileAddress: number, stream: Stream): void {
    this.byAddress.set(fileAddress, stream);
    this.all.push(stream);
  }

  remove(fileAddress: number): void {
    const stream = this.byAddress.get(fileAddress);
    this.byAddress.delete(fileAddress);
    if (stream !== undefined) this.all.splice(this.all.indexOf(stream), 1);
  }

  /** The stream behind a guest FILE*, or undefined for a pointer that is not one. */
  find(fileAddress: number): Stream | undefined {
    return this.byAddress.get(fileAddress);
  }

  flushAll(): void {
    for (const stream of this.all) stream.flush();
  }

  flushLineBuffered(): void {
    for (const stream of this.all) if (stream.mode === 'line') stream.flush();
  }
}
