// Guest memory as libc sees it: C strings, byte ranges and 64-bit words at guest addresses,
// read and written through the Engine. A bad address throws GuestMemoryError (from the engine),
// which the runtime reports as the crash glibc itself would have caused. Where the engine lends
// the host memory behind an access that cannot fault, it is read and written in place.

import type { Engine } from '../../emulator/engine.ts';

const PAGE_SIZE = 4096;
/**
 * C strings are read in pieces that never cross a page, so a string ending just before an
 * unmapped page still reads. Most strings (formats, commands) fit the small first piece.
 */
const FIRST_STRING_CHUNK = 32;
const STRING_CHUNK = 256;

/**
 * Accesses bigger than this are not staged through a host buffer: no guest has that much memory
 * mapped in one piece, so the access is walked page by page to the first page it would fault on.
 */
const LARGEST_ACCESS = 64 * 1024 * 1024;

export class GuestMemory {
  private readonly word = new DataView(new ArrayBuffer(8));
  private readonly wordBytes = new Uint8Array(this.word.buffer);

  constructor(private readonly engine: Engine) {}

  read(address: number, size: number): Uint8Array {
    if (size === 0) return new Uint8Array(0);
    const host = this.engine.hostMemory?.(address, size, 'read');
    if (host !== undefined) return host.bytes.slice(address - host.base, address - host.base + size);
    if (size > LARGEST_ACCESS) this.faultWithin(address, size, 'read');
    return this.engine.readMemory(address, size);
  }

  write(address: number, bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    const host = this.engine.hostMemory?.(address, bytes.length, 'write');
    if (host !== undefined) host.bytes.set(bytes, address - host.base);
    else this.engine.writeMemory(address, bytes);
  }

  /** memset: `size` bytes of `byte` from `address`. */
  fill(address: number, byte: number, size: number): void {
    if (size === 0) return;
    const host = this.engine.hostMemory?.(address, size, 'write');
    if (host !== undefined) {
      host.bytes.fill(byte, address - host.base, address - host.base + size);
      return;
    }
    if (size > LARGEST_ACCESS) this.faultWithin(address, size, 'write', byte);
    this.engine.writeMemory(address, new Uint8Array(size).fill(byte));
  }

  /**
   * Throws the GuestMemoryError a byte-by-byte access of [address, address + size) would meet
   * first, as glibc's memset or memcpy given a huge length would fault partway.
   */
  private faultWithin(address: number, size: number, access: 'read' | 'write', fillByte = 0): never {
    const end = address + size;
    const page = new Uint8Array(PAGE_SIZE).fill(fillByte);
    for (let at = address; at < end; at += PAGE_SIZE - (at % PAGE_SIZE)) {
      const length = Math.min(PAGE_SIZE - (at % PAGE_SIZE), end - at);
      // a write stores what memset would have stored on its way to the fault
      if (access === 'read') this.engine.readMemory(at, length);
      else this.engine.writeMemory(at, page.subarray(0, length));
    }
    throw new Error(`libc: ${size}-byte access at 0x${address.toString(16)} did not fault`);
  }

  /** The bytes of the NUL-terminated string at `address`, without the NUL; at most `limit` bytes are looked at. */
  cString(address: number, limit = Infinity): Uint8Array {
    const host = this.engine.hostMemory?.(address, 1, 'read');
    if (host !== undefined) {
      const start = address - host.base;
      const stop = Math.min(host.bytes.length, start + limit);
      const end = host.bytes.indexOf(0, start);
      if (end >= 0 && end < stop) return host.bytes.slice(start, end);
      if (stop - start === limit) return host.bytes.slice(start, stop);
      // no NUL before the region ends: the piecewise walk below goes on and faults where glibc would
    }
    let pieces: Uint8Array[] | undefined;
    let first: Uint8Array | undefined;
    let total = 0;
    let at = address;
    while (total < limit) {
      const room = PAGE_SIZE - (at % PAGE_SIZE);
      const size = Math.min(room, first === undefined ? FIRST_STRING_CHUNK : STRING_CHUNK, limit - total);
      const chunk = this.engine.readMemory(at, size);
      const end = chunk.indexOf(0);
      const piece = end >= 0 ? chunk.subarray(0, end) : chunk;
      if (first === undefined) first = piece;
      else (pieces ??= [first]).push(piece);
      total += piece.length;
      if (end >= 0) break;
      at += size;
    }
    if (first === undefined) return new Uint8Array(0);
    if (pieces === undefined) return first;
    const joined = new Uint8Array(total);
    let offset = 0;
    for (const piece of pieces) {
      joined.set(piece, offset);
      offset += piece.length;
    }
    return joined;
  }

  /**
   * Where locateCString last found a string: its bytes are `bytes[start, end)`. One reused record,
   * so a lookup allocates nothing; read it before the next lookup or write.
   */
  readonly found: { bytes: Uint8Array; start: number; end: number } = { bytes: new Uint8Array(0), start: 0, end: 0 };

  /**
   * Finds the string at `address` (at most `limit` bytes) for reading at once: in guest RAM itself
   * where the host holds it, else in a copy; the answer is in `found`.
   */
  locateCString(address: number, limit = Infinity): void {
    const found = this.found;
    const host = this.engine.hostMemory?.(address, 1, 'read');
    if (host !== undefined) {
      const bytes = host.bytes;
      const start = address - host.base;
      const stop = Math.min(bytes.length, start + limit);
      // most strings here are short: a plain loop beats a builtin call for them
      let end = start;
      const quickStop = Math.min(stop, start + FIRST_STRING_CHUNK);
      while (end < quickStop && bytes[end] !== 0) end++;
      if (end === quickStop && end < stop) {
        end = bytes.indexOf(0, end);
        if (end < 0 || end > stop) end = stop;
      }
      if (end < stop || stop - start === limit) {
        found.bytes = bytes;
        found.start = start;
        found.end = end;
        return;
      }
      // no NUL before the region ends: cString walks on and faults where glibc would
    }
    const copy = this.cString(address, limit);
    found.bytes = copy;
    found.start = 0;
    found.end = copy.length;
  }

  /** The string at `address` as a view valid only until guest memory next changes (compare, parse, format). */
  cStringView(address: number, limit = Infinity): Uint8Array {
    this.locateCString(address, limit);
    const { bytes, start, end } = this.found;
    return bytes.subarray(start, end);
  }

  /** The wchar_t (4-byte) string at `address`, without its terminating 0; at most `limit` characters. */
  wideString(address: number, limit = Infinity): Uint32Array {
    const characters: number[] = [];
    for (let at = address; characters.length < limit; ) {
      const room = (PAGE_SIZE - (at % PAGE_SIZE)) >> 2 || 1;
      const count = Math.min(room, STRING_CHUNK / 4, limit - characters.length);
      const chunk = this.engine.readMemory(at, count * 4);
      const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      for (let i = 0; i < count; i++) {
        const character = view.getUint32(i * 4, true);
        if (character === 0) return Uint32Array.from(characters);
        characters.push(character);
      }
      at += count * 4;
    }
    return Uint32Array.from(characters);
  }

  /** strlen: the length of the string at `address`. */
  cStringLength(address: number): number {
    return this.cString(address).length;
  }

  /** The string at `address` as text (Latin-1 for bytes that are not valid UTF-8 is not attempted: UTF-8). */
  cStringText(address: number): string {
    return Buffer.from(this.cString(address)).toString('utf8');
  }

  readU32(address: number): number {
    const host = this.engine.hostMemory?.(address, 4, 'read');
    if (host !== undefined) return host.data.getUint32(address - host.base, true);
    this.wordBytes.set(this.engine.readMemory(address, 4));
    return this.word.getUint32(0, true);
  }

  readU64(address: number): bigint {
    const host = this.engine.hostMemory?.(address, 8, 'read');
    if (host !== undefined) return host.data.getBigUint64(address - host.base, true);
    this.wordBytes.set(this.engine.readMemory(address, 8));
    return this.word.getBigUint64(0, true);
  }

  /** A 64-bit word that holds an address or a size: as a number. */
  readAddress(address: number): number {
    const host = this.engine.hostMemory?.(address, 8, 'read');
    if (host === undefined) return Number(this.readU64(address));
    // from halves: no BigInt for the common case of a pointer read
    const at = address - host.base;
    return host.data.getUint32(at + 4, true) * 0x1_0000_0000 + host.data.getUint32(at, true);
  }

  writeU64(address: number, value: bigint | number): void {
    const host = this.engine.hostMemory?.(address, 8, 'write');
    if (host !== undefined) {
      host.data.setBigUint64(address - host.base, BigInt.asUintN(64, BigInt(value)), true);
      return;
    }
    this.word.setBigUint64(0, BigInt.asUintN(64, BigInt(value)), true);
    this.engine.writeMemory(address, this.wordBytes);
  }

  writeU32(address: number, value: number): void {
    const host = this.engine.hostMemory?.(address, 4, 'write');
    if (host !== undefined) {
      host.data.setUint32(address - host.base, value >>> 0, true);
      return;
    }
    this.word.setUint32(0, value >>> 0, true);
    this.engine.writeMemory(address, this.wordBytes.subarray(0, 4));
  }

  writeU16(address: number, value: number): void {
    const host = this.engine.hostMemory?.(address, 2, 'write');
    if (host !== undefined) {
      host.data.setUint16(address - host.base, value & 0xffff, true);
      return;
    }
    this.word.setUint16(0, value & 0xffff, true);
    this.engine.writeMemory(address, this.wordBytes.subarray(0, 2));
  }

  writeU8(address: number, value: number): void {
    const host = this.engine.hostMemory?.(address, 1, 'write');
    if (host !== undefined) {
      host.bytes[address - host.base] = value & 0xff;
      return;
    }
    this.wordBytes[0] = value & 0xff;
    this.engine.writeMemory(address, this.wordBytes.subarray(0, 1));
  }
}
