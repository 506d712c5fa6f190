// The encoded program: what the encoder hands the ELF writer. Section bytes are final; each
// relocation already names what it refers to (a section symbol or a named symbol), so the writer
// only has to number symbols and lay bytes out.

import type { Diagnostic } from '../common/diagnostic.ts';

export type RelocationTarget = { kind: 'section'; section: string } | { kind: 'symbol'; name: string };

export interface EncodedRelocation {
  offset: number;
  /** An R_X86_64_* value. */
  type: number;
  target: RelocationTarget;
  addend: bigint;
}

export interface EncodedSection {
  name: string;
  /** An SHT_* value. */
  type: number;
  /** SHF_* bits. */
  flags: number;
  align: number;
  entsize: number;
  /** Contents; for SHT_NOBITS empty, with the size in `size`. */
  data: Uint8Array;
  size: number;
  relocations: EncodedRelocation[];
}

export interface EncodedSymbol {
  name: string;
  /** Section name, or 'ABS' / 'UNDEF' / 'COMMON'. */
  section: string;
  value: bigint;
  size: bigint;
  binding: 'local' | 'global' | 'weak';
  /** An STT_* value. */
  type: number;
  /** An STV_* value. */
  visibility: number;
}

export interface LineRecord {
  section: string;
  offset: number;
  file: string;
  line: number;
}

export interface EncodedProgram {
  sections: EncodedSection[];
  /** In the order nasm creates them: externs and commons when declared, labels when defined. */
  symbols: EncodedSymbol[];
  /** By section name, then offset. */
  lineTable: LineRecord[];
  diagnostics: Diagnostic[];
}
