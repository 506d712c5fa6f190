// x86-64 register names as data: name in, its size in bytes and class out. The parser uses it to
// tell registers from symbols; the encoder uses sizes to pick operand sizes like nasm.

import { lowerCase } from '../lex/characters.ts';

export type RegisterClass = 'gpr' | 'segment' | 'x87' | 'mmx' | 'xmm' | 'ymm' | 'zmm' | 'mask' | 'control' | 'debug';

export interface RegisterInfo {
  name: string;
  size: number;
  regClass: RegisterClass;
}

const REGISTERS = new Map<string, RegisterInfo>();

function add(names: readonly string[], size: number, regClass: RegisterClass): void {
  for (const name of names) REGISTERS.set(name, { name, size, regClass });
}

const numbered = (prefix: string, from: number, to: number, suffix = ''): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}${suffix}`);

add(['al', 'cl', 'dl', 'bl', 'ah', 'ch', 'dh', 'bh', 'spl', 'bpl', 'sil', 'dil'], 1, 'gpr');
add(numbered('r', 8, 15, 'b'), 1, 'gpr');
add(['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di'], 2, 'gpr');
add(numbered('r', 8, 15, 'w'), 2, 'gpr');
add(['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'], 4, 'gpr');
add(numbered('r', 8, 15, 'd'), 4, 'gpr');
add(['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi'], 8, 'gpr');
add(numbered('r', 8, 15), 8, 'gpr');
add(['es', 'cs', 'ss', 'ds', 'fs', 'gs'], 2, 'segment');
add(numbered('st', 0, 7), 10, 'x87');
add(numbered('mm', 0, 7), 8, 'mmx');
add(numbered('xmm', 0, 31), 16, 'xmm');
add(numbered('ymm', 0, 31), 32, 'ymm');
add(numbered('zmm', 0, 31), 64, 'zmm');
add(numbered('k', 0, 7), 8, 'mask');
add(numbered('cr', 0, 15), 8, 'control');
add(numbered('dr', 0, 15), 8, 'debug');

/**
 * The sixteen general registers in encoding order, each as its byte, word, dword and qword names
 * (the low byte: `spl`, not `ah`).
 */
export const GENERAL_REGISTER_FAMILIES: readonly (readonly [string, string, string, string])[] = [
  ['al', 'ax', 'eax', 'rax'], ['cl', 'cx', 'ecx', 'rcx'], ['dl', 'dx', 'edx', 'rdx'], ['bl', 'bx', 'ebx', 'rbx'],
  ['spl', 'sp', 'esp', 'rsp'], ['bpl', 'bp', 'ebp', 'rbp'], ['sil', 'si', 'esi', 'rsi'], ['dil', 'di', 'edi', 'rdi'],
  ...[8, 9, 10, 11, 12, 13, 14, 15].map((n) => [`r${n}b`, `r${n}w`, `r${n}d`, `r${n}`] as const),
];

/** NASM also accepts `st(0)`-less `st` for st0 and the alternate names r8l…r15l. */
for (let i = 8; i <= 15; i++) REGISTERS.set(`r${i}l`, { name: `r${i}b`, size: 1, regClass: 'gpr' });
REGISTERS.set('st', { name: 'st0', size: 10, regClass: 'x87' });

/** Every register spelling, lowercase, with what it names. */
export const REGISTER_NAMES: ReadonlyMap<string, RegisterInfo> = REGISTERS;

export function lookupRegister(name: string): RegisterInfo | undefined {
  return REGISTERS.get(lowerCase(name));
}
