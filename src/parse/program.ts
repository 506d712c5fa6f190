// The parsed program: what the parser hands the encoder. One statement per source line (a line
// with a label and an instruction gives two), in source order, names already fully qualified
// (`.loop` under `main` is `main.loop`), every expression still an unevaluated tree.

import type { SourceLocation, Diagnostic } from '../common/diagnostic.ts';
import type { Expr } from '../expr/ast.ts';
import type { RegisterInfo } from './registers.ts';

/** The processor families `alignmode` (from `%use smartalign`) pads for. */
export type SmartAlignMode = 'nop' | 'generic' | 'k7' | 'k8' | 'p6';

export type SizeKeyword = 'byte' | 'word' | 'dword' | 'qword' | 'tword' | 'oword' | 'yword' | 'zword';

export const SIZE_KEYWORD_BYTES: Readonly<Record<SizeKeyword, number>> = {
  byte: 1, word: 2, dword: 4, qword: 8, tword: 10, oword: 16, yword: 32, zword: 64,
};

export interface RegisterOperand {
  kind: 'register';
  register: RegisterInfo;
}

export interface ImmediateOperand {
  kind: 'immediate';
  value: Expr;
  /** Size keyword written before it (`byte 5`, `dword x`). */
  size?: number;
  strict: boolean;
  distance?: 'short' | 'near' | 'far';
}

export interface MemoryOperand {
  kind: 'memory';
  /** Size of the memory operand (`qword [x]`). */
  size?: number;
  /** Size of the displacement written inside the brackets (`[dword x]`, `[byte rbx+1]`). */
  displacementSize?: number;
  segment?: string;
  base?: RegisterInfo;
  index?: RegisterInfo;
  scale: number;
  displacement?: Expr;
  /** `rel`/`abs` written in the brackets; otherwise `default rel/abs` decides. */
  addressing?: 'rel' | 'abs';
  strict: boolean;
  /** `[nosplit rax*2]`: keep the scaled index instead of rewriting it as `[rax+rax]`. */
  nosplit?: boolean;
  /** `[a32 x]`/`[a64 x]`: the address size written in the brackets. */
  addressSize?: number;
  /** `jmp far [mem]` / `call far [mem]`: an indirect far transfer. */
  far?: boolean;
}

export type Operand = RegisterOperand | ImmediateOperand | MemoryOperand;

export interface SectionAttributes {
  type?: 'progbits' | 'nobits' | 'note' | 'preinit_array' | 'init_array' | 'fini_array';
  alloc?: boolean;
  exec?: boolean;
  write?: boolean;
  tls?: boolean;
  align?: number;
}

/** A data item of `db`/`dw`/...: a number or symbol expression, a float, or a string. */
export type DataItem =
  | { kind: 'expr'; value: Expr }
  | { kind: 'string'; bytes: Uint8Array }
  | { kind: 'uninitialized' }; // `?` in a data list

export interface SymbolAttributes {
  type?: 'function' | 'data' | 'object' | 'notype';
  visibility?: 'default' | 'internal' | 'hidden' | 'protected';
  size?: Expr;
  weak?: boolean;
}

interface At {
  location: SourceLocation;
}

export type Statement = At & (
  | { kind: 'label'; name: string }
  | { kind: 'instruction'; prefixes: string[]; mnemonic: string; operands: Operand[]; times?: Expr }
  | { kind: 'data'; unitSize: number; items: DataItem[]; times?: Expr }
  | { kind: 'reserve'; unitSize: number; count: Expr; times?: Expr }
  | { kind: 'equ'; name: string; value: Expr }
  | { kind: 'section'; name: string; attributes: SectionAttributes }
  | { kind: 'absolute'; address: Expr }
  | { kind: 'global'; name: string; attributes: SymbolAttributes }
  | { kind: 'extern'; name: string; attributes: SymbolAttributes }
  | { kind: 'common'; name: string; size: Expr; alignment?: Expr; attributes: SymbolAttributes }
  | { kind: 'static'; name: string }
  | { kind: 'default'; addressing: 'rel' | 'abs' }
  | { kind: 'bits'; bits: number }
  /** `smart`: padding as `%use smartalign` makes it, for that processor family and jump threshold. */
  | { kind: 'align'; boundary: Expr; reserve: boolean; smart?: { mode: SmartAlignMode; jumpThreshold: Expr } }
  | { kind: 'sectalign'; boundary: Expr }
  | { kind: 'incbin'; path: string; offset?: Expr; length?: Expr; times?: Expr }
  /** `[pragma elf gprefix _]`: text put before symbol names in the object. */
  | { kind: 'symbol-affix'; affix: SymbolAffix; text: string }
);

/** nasm 2.16 accepts `gpostfix` and `lpostfix` too but leaves ELF names without them; so do we. */
export type SymbolAffix = 'gprefix' | 'lprefix';

export interface ParsedProgram {
  statements: Statement[];
  diagnostics: Diagnostic[];
}
