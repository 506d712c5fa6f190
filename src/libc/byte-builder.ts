// A growable byte buffer that is reused from call to call: printf's output goes here, so the
// hot path (one printf per REPL line) allocates nothing once the buffer is big enough.

export class ByteBuilder {
  private bytes: Uint8Array;
  length = 0;

  constructor(initialCapacity = 256) {
    this.bytes = new Uint8Array(initialCapacity);
  }

  clear(): void {
    this.length = 0;
  }

  /** The bytes written so far; a view valid until the next write or clear. */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.bytes.length) return;
    let capacity = this.bytes.length * 2;
    while (capacity < needed) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  pushByte(byte: number): void {
    if (this.length === this.bytes.length) this.reserve(1);
    this.bytes[this.length++] = byte;
  }

  pushBytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Text made only of ASCII characters (digits, signs, prefixes). */
  pushAscii(text: string): void {
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) this.bytes[this.length++] = text.charCodeAt(i);
  }

  pushRepeated(byte: number, count: number): void {
    if (count <= 0) return;
    this.reserve(count);
    this.bytes.fill(byte, this.length, this.length + count);
    this.length += count;
  }
}
