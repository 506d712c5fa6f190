// Where things live in guest memory: one fixed plan shared by the linker (which must know where the
// shim stubs and libc's data are to resolve symbols) and the runtime (which maps them). All of the
// image, the stubs and libc's data sit below 2 GiB, so 32-bit absolute and rel32 references reach.

export const PAGE_SIZE = 0x1000;

/** Like a non-PIE executable: text, then rodata, data and bss, then the GOT. */
export const IMAGE_BASE = 0x400000;

/** One `ret` per libc function, SHIM_STUB_STRIDE bytes apart; slot 0 is the exit stub main returns to. */
export const SHIM_STUB_BASE = 0x200000;
export const SHIM_STUB_SIZE = 0x10000;
export const SHIM_STUB_STRIDE = 16;

/** libc's own objects: FILE structures, the stdin/stdout/stderr variables. */
export const LIBC_DATA_BASE = 0x300000;
export const LIBC_DATA_SIZE = 0x100000;

/** malloc's arena. */
export const HEAP_BASE = 0x10000000;
export const HEAP_SIZE = 0x40000000;

/** The stack grows down from STACK_TOP; the page below the lowest is left unmapped as a guard. */
export const STACK_TOP = 0x7ffffffff000;
export const STACK_SIZE = 8 * 1024 * 1024;

export function pageAlignUp(value: number): number {
  return Math.ceil(value / PAGE_SIZE) * PAGE_SIZE;
}

/** The stub for libc function number `index` (slot 0 is the exit stub). */
export function shimStubAddress(index: number): number {
  return SHIM_STUB_BASE + (index + 1) * SHIM_STUB_STRIDE;
}

export const EXIT_STUB_ADDRESS = SHIM_STUB_BASE;
