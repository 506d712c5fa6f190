// A field in emitted bytes whose final value depends on where things end up: the encoder records
// one per displacement or immediate that mentions a symbol, and the section writer turns each
// into patched bytes or a relocation once every label's address is known.

import type { Expr } from '../expr/ast.ts';
import type { Value } from './value.ts';

export interface Fixup {
  /** Byte position within the instruction or data item. */
  position: number;
  width: number;
  value: Value;
  /** rip-relative displacement or branch target: measured from the end of the instruction. */
  pcRelative: boolean;
  /** An immediate sign-extended to 64 bits (R_X86_64_32S rather than R_X86_64_32). */
  signExtended: boolean;
  /** A jump target not defined yet when encoded: evaluated again once its label is placed. */
  forward?: Expr;
}

/** The fixups of every line that has none: shared, so never added to. */
export const NO_FIXUPS: Fixup[] = [];

export interface EncodedBytes {
  bytes: Uint8Array;
  fixups: Fixup[];
  warnings: readonly string[];
  /**
   * Present when every field is relocated (`[rel sym]`, `call f wrt ..plt`): then no symbol value can
   * change the bytes, only the fixups, and fixup i takes its value from expression i.
   */
  fixupExpressions?: readonly Expr[];
}
