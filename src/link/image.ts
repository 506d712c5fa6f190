// What the linker hands the runtime: segments to map (address, permissions, bytes), the address of
// `main`, and the tables a crash report needs (symbols, placed sections, source lines).

export interface LoadedSegment {
  /** `text`, `rodata`, `data`, `got`: for messages only. */
  name: string;
  /** Page-aligned. */
  address: number;
  /** Bytes of guest memory to map, a whole number of pages. */
  size: number;
  /** UC_PROT_* bits. */
  protection: number;
  /** Initial contents from `address` on; the rest of `size` is zero (bss). */
  bytes: Uint8Array;
}

export interface ImageSymbol {
  name: string;
  address: number;
  size: number;
  /** Object file it came from. */
  object: string;
}

/** One input section where it landed, e.g. `.text` of `hello.o` at 0x401000. */
export interface PlacedSection {
  object: string;
  name: string;
  address: number;
  size: number;
}

export interface ImageLine {
  address: number;
  file: string;
  line: number;
}

export interface LoadedImage {
  segments: LoadedSegment[];
  /** Address of `main`. */
  entry: number;
  /** Sorted by address. */
  symbols: ImageSymbol[];
  /** libc's functions and data objects the program refers to, at their stub or data addresses. */
  externals: ImageSymbol[];
  sections: PlacedSection[];
  /** Sorted by address; empty when no object came with a line table. */
  lines: ImageLine[];
}

/** A source line table as the assembler produces it, per object. */
export interface ObjectLineEntry {
  section: string;
  offset: number;
  file: string;
  line: number;
}
