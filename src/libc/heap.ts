// malloc & co. on the guest heap range: sizes in, 16-byte aligned guest addresses out. Chunks are
// laid out as glibc lays them (a 16-byte header before each user pointer, sizes rounded to 16,
// at least 32 bytes a chunk) but their bookkeeping lives here, host-side. Freed chunks are reused
// by size. Frees glibc would reject come back as a verdict for the caller to act on.

/** glibc's smallest chunk and its header, for a 64-bit build. */
const MINSIZE = 32;
const SIZE_SZ = 8;
const CHUNK_HEADER = 16;
/** Chunks up to this size go to glibc's tcache, which is what detects their double free. */
const TCACHE_MAX_CHUNK = 1040;
/** Requests this big glibc serves with mmap: a double free of one unmaps it twice and faults. */
const DEFAULT_MMAP_THRESHOLD = 128 * 1024;

export type FreeVerdict = 'ok' | 'double-free-tcache' | 'double-free' | 'double-free-unmapped' | 'invalid-pointer';

export class GuestHeap {
  private next: number;
  private readonly end: number;
  /** User pointer -> chunk size, for chunks in use. */
  private readonly inUse = new Map<number, number>();
  /** User pointer -> chunk size, for freed chunks (double frees are found here). */
  private readonly freed = new Map<number, number>();
  /** Chunk size -> freed user pointers of that size, most recent last. */
  private readonly bins = new Map<number, number[]>();

  constructor(readonly base: number, readonly size: number) {
    this.next = Math.ceil(base / 16) * 16;
    this.end = base + size;
  }

  /** The chunk size glibc would use for a request of `request` bytes. */
  static chunkSize(request: number): number {
    return Math.max(MINSIZE, Math.ceil((request + SIZE_SZ) / 16) * 16);
  }

  /** A user pointer to at least `request` bytes, or 0 when the heap is exhausted. */
  malloc(request: number): number {
    if (!Number.isFinite(request) || request < 0 || request > this.size) return 0;
    const chunk = GuestHeap.chunkSize(request);
    const reused = this.takeFreed(chunk);
    if (reused !== 0) return reused;
    if (this.next + chunk > this.end) return this.takeFreedAtLeast(chunk);
    const pointer = this.next + CHUNK_HEADER;
    this.next += chunk;
    this.inUse.set(pointer, chunk);
    return pointer;
  }

  /** How many bytes the caller may use at `pointer` (malloc_usable_size), or undefined if it is not in use. */
  usableSize(pointer: number): number | undefined {
    const chunk = this.inUse.get(pointer);
    return chunk === undefined ? undefined : chunk - SIZE_SZ;
  }

  owns(pointer: number): boolean {
    return pointer >= this.base && pointer < this.end;
  }

  free(pointer: number): FreeVerdict {
    const chunk = this.inUse.get(pointer);
    if (chunk === undefined) {
      const freedChunk = this.freed.get(pointer);
      if (freedChunk === undefined) return 'invalid-pointer';
      if (freedChunk <= TCACHE_MAX_CHUNK) return 'double-free-tcache';
      return freedChunk - SIZE_SZ >= DEFAULT_MMAP_THRESHOLD ? 'double-free-unmapped' : 'double-free';
    }
    this.inUse.delete(pointer);
    this.freed.set(pointer, chunk);
    let bin = this.bins.get(chunk);
    if (bin === undefined) this.bins.set(chunk, (bin = []));
    bin.push(pointer);
    return 'ok';
  }

  private takeFreed(chunk: number): number {
    const bin = this.bins.get(chunk);
    const pointer = bin?.pop();
    if (pointer === undefined) return 0;
    this.freed.delete(pointer);
    this.inUse.set(pointer, chunk);
    return pointer;
  }

  /** Out of fresh space: the smallest freed chunk that is big enough, whole. */
  private takeFreedAtLeast(chunk: number): number {
    let best = 0;
    for (const size of this.bins.keys()) {
      if (size >= chunk && (best === 0 || size < best) && this.bins.get(size)!.length > 0) best = size;
    }
    return best === 0 ? 0 : this.takeFreed(best);
  }
}
