// What nasm defines before the first line of a 64-bit ELF source: version and format macros, the
// structure macros (`struc`, `endstruc`, `istruc`, `at`, `iend`) written here as ordinary macro
// source, and the directive words nasm implements as macros (which matter for `%%label` numbering).

import { EXPRESSION_FUNCTIONS } from '../expr/functions.ts';

/** Predefined single-line macros; each also answers to nasm's `__?NAME?__` spelling. */
export const PREDEFINED_MACROS: Readonly<Record<string, string>> = {
  __NASM_MAJOR__: '2',
  __NASM_MINOR__: '16',
  __NASM_SUBMINOR__: '1',
  __NASM_PATCHLEVEL__: '0',
  __NASM_VERSION_ID__: '0x02100100',
  __NASM_VER__: '"2.16.01"',
  __OUTPUT_FORMAT__: 'elf64',
  __DEBUG_FORMAT__: 'null',
  __SECT__: '[section .text]',
  __PASS__: '2',
};

/** Macros computed where they are used. */
export const DYNAMIC_MACROS: readonly string[] = ['__FILE__', '__LINE__', '__BITS__'];

/** `__?LINE?__` is nasm's reserved spelling of `__LINE__`. */
export function canonicalStandardName(name: string): string {
  return name.startsWith('__?') && name.endsWith('?__') && name.length > 6 ? `__${name.slice(3, -3)}__` : name;
}

/**
 * The structure and alignment macros, following the NASM manual: `struc` switches to an absolute
 * section at the structure's base offset and labels it; `endstruc` defines `NAME_size` and returns
 * to the section in use before; `istruc`/`at`/`iend` lay out an instance, padding each field to its
 * offset (a field written `.x` belongs to the structure being laid out); `align`/`alignb` raise the section's alignment and pad to the next multiple (with `nop`,
 * or the given data, or reserved space).
 */
export const STANDARD_MACRO_SOURCE = `
%imacro struc 1-2.nolist 0
%define __STRUCTURE_NAME__ %1
absolute %2
%1:
%endmacro
%imacro endstruc 0.nolist
__STRUCTURE_NAME__ %+ _size equ ($-__STRUCTURE_NAME__)
%undef __STRUCTURE_NAME__
__SECT__
%endmacro
%imacro align 1-2+.nolist nop
sectalign %1
times (((%1) - (($-$$) % (%1))) % (%1)) %2
%endmacro
%imacro alignb 1-2+.nolist
sectalign %1
%if %0 > 1
times (((%1) - (($-$$) % (%1))) % (%1)) %2
%else
[alignb %1]
%endif
%endmacro
%imacro istruc 1.nolist
%push istruc
%define %$structure %1
%$strucstart:
%endmacro
%imacro at 1-2+.nolist
%defstr %$field %1
%substr %$field %$field 1
%ifidn %$field, '.'
times (%$structure %+ %1-%$structure)-($-%$strucstart) db 0
%else
times (%1-%$structure)-($-%$strucstart) db 0
%endif
%2
%endmacro
%imacro iend 0.nolist
times %$structure %+ _size-($-%$strucstart) db 0
%pop
%endmacro
`;

/**
 * Directive words nasm defines as standard macros, with how many macro calls each makes (`align`
 * also calls `sectalign`). They pass through unchanged, but each call takes a `%%label` number.
 */
export const DIRECTIVE_MACRO_CALLS: ReadonlyMap<string, number> = new Map([
  ['section', 1], ['segment', 1], ['absolute', 1], ['bits', 1], ['use16', 1], ['use32', 1], ['use64', 1],
  ['default', 1], ['global', 1], ['extern', 1], ['static', 1], ['common', 1], ['required', 1], ['cpu', 1],
  ['float', 1], ['org', 1], ['sectalign', 1],
]);

/** Directives nasm's macros split into one line per comma-separated name. */
export const ONE_NAME_PER_LINE: ReadonlySet<string> = new Set(['global', 'extern', 'static', 'required']);

/** Spellings nasm maps to its reserved `__?name?__` forms: special floats and the expression functions. */
export const RESERVED_ALIASES: readonly { name: string; params: string[] | undefined; body: string }[] = [
  ...['Infinity', 'NaN', 'QNaN', 'SNaN'].map((n) => ({ name: `__${n}__`, params: undefined, body: `__?${n.toLowerCase()}?__` })),
  ...[...EXPRESSION_FUNCTIONS].map((f) => ({ name: f, params: undefined, body: `__?${f.slice(2, -2)}?__` })),
];
