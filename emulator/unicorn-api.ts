// The Unicorn 2 C API as koffi sees it: the system's libunicorn in, typed native functions and
// the constants of unicorn.h / x86.h out. Nothing here knows about run-asm; unicorn.ts wraps it.
// UNICORN_LIB names another library file; otherwise the usual names for Linux and macOS are tried.

import koffi, { type LibraryHandle, type TypeObject } from 'koffi';

// uc_arch / uc_mode
export const UC_ARCH_X86 = 4;
export const UC_MODE_64 = 1 << 3;

// uc_err
export const UC_ERR_OK = 0;
export const UC_ERR_READ_UNMAPPED = 6;
export const UC_ERR_WRITE_UNMAPPED = 7;
export const UC_ERR_FETCH_UNMAPPED = 8;
export const UC_ERR_INSN_INVALID = 10;
export const UC_ERR_WRITE_PROT = 12;
export const UC_ERR_READ_PROT = 13;
export const UC_ERR_FETCH_PROT = 14;
export const UC_ERR_EXCEPTION = 21;

// uc_hook_type
export const UC_HOOK_INTR = 1 << 0;
export const UC_HOOK_INSN = 1 << 1;
export const UC_HOOK_CODE = 1 << 2;
export const UC_HOOK_MEM_READ_UNMAPPED = 1 << 4;
export const UC_HOOK_MEM_WRITE_UNMAPPED = 1 << 5;
export const UC_HOOK_MEM_FETCH_UNMAPPED = 1 << 6;
export const UC_HOOK_MEM_READ_PROT = 1 << 7;
export const UC_HOOK_MEM_WRITE_PROT = 1 << 8;
export const UC_HOOK_MEM_FETCH_PROT = 1 << 9;
export const UC_HOOK_MEM_INVALID =
  UC_HOOK_MEM_READ_UNMAPPED |
  UC_HOOK_MEM_WRITE_UNMAPPED |
  UC_HOOK_MEM_FETCH_UNMAPPED |
  UC_HOOK_MEM_READ_PROT |
  UC_HOOK_MEM_WRITE_PROT |
  UC_HOOK_MEM_FETCH_PROT;

// uc_mem_type, as passed to memory hooks
export const UC_MEM_READ_UNMAPPED = 19;
export const UC_MEM_WRITE_UNMAPPED = 20;
export const UC_MEM_FETCH_UNMAPPED = 21;
export const UC_MEM_WRITE_PROT = 22;
export const UC_MEM_READ_PROT = 23;
export const UC_MEM_FETCH_PROT = 24;

// uc_x86_insn, for UC_HOOK_INSN
export const UC_X86_INS_SYSCALL = 699;

// uc_query_type
export const UC_QUERY_TIMEOUT = 4;

// uc_control_type, and the UC_CTL_WRITE(type, nr) encoding of uc_ctl's second argument
export const UC_CTL_TB_REMOVE_CACHE = 9;
export const UC_CTL_IO_WRITE = 1;
export function UC_CTL_WRITE(type: number, argumentCount: number): number {
  return type | (argumentCount << 26) | (UC_CTL_IO_WRITE << 30);
}

/** Unicorn's x86 register numbers (enum uc_x86_reg in unicorn/x86.h). */
export const UC_X86_REG_EFLAGS = 25;
export const UC_X86_REG_RAX = 35;
export const UC_X86_REG_RBP = 36;
export const UC_X86_REG_RBX = 37;
export const UC_X86_REG_RCX = 38;
export const UC_X86_REG_RDI = 39;
export const UC_X86_REG_RDX = 40;
export const UC_X86_REG_RIP = 41;
export const UC_X86_REG_RSI = 43;
export const UC_X86_REG_RSP = 44;
export const UC_X86_REG_R8 = 106; // r8..r15 follow in order
export const UC_X86_REG_XMM0 = 122; // xmm0..xmm31 follow in order
export const UC_X86_REG_FS_BASE = 250;
export const UC_X86_REG_GS_BASE = 251;

/** The native functions run-asm uses; the engine handle and buffers are opaque pointers. */
export interface UnicornApi {
  libraryPath: string;
  uc_open(arch: number, mode: number, handle: unknown[]): number;
  uc_close(uc: unknown): number;
  uc_strerror(code: number): string;
  uc_mem_map(uc: unknown, address: bigint, size: number, perms: number): number;
  /** Maps host memory the caller owns and keeps alive (here an ArrayBuffer) as guest RAM. */
  uc_mem_map_ptr(uc: unknown, address: bigint, size: number, perms: number, memory: ArrayBuffer): number;
  uc_mem_protect(uc: unknown, address: bigint, size: number, perms: number): number;
  uc_mem_read(uc: unknown, address: bigint, bytes: Uint8Array, size: number): number;
  uc_mem_write(uc: unknown, address: bigint, bytes: Uint8Array, size: number): number;
  uc_reg_read(uc: unknown, regid: number, value: BigUint64Array): number;
  uc_reg_write(uc: unknown, regid: number, value: BigUint64Array): number;
  uc_reg_read_batch(uc: unknown, regs: unknown, vals: unknown, count: number): number;
  uc_reg_write_batch(uc: unknown, regs: unknown, vals: unknown, count: number): number;
  uc_emu_start(uc: unknown, begin: bigint, until: bigint, timeout: bigint, count: number): number;
  uc_emu_stop(uc: unknown): number;
  uc_hook_add(uc: unknown, hook: unknown[], type: number, callback: unknown, userData: null, begin: bigint, end: bigint): number;
  /** uc_hook_add for UC_HOOK_INSN, whose variadic tail is the instruction id (given as koffi type then value). */
  uc_hook_add_instruction(
    uc: unknown,
    hook: unknown[],
    type: number,
    callback: unknown,
    userData: null,
    begin: bigint,
    end: bigint,
    ...typedArguments: unknown[]
  ): number;
  uc_hook_del(uc: unknown, hook: bigint): number;
  uc_query(uc: unknown, type: number, result: BigUint64Array): number;
  /** Variadic: each extra argument is given as a koffi type then a value. */
  uc_ctl(uc: unknown, control: number, ...typedArguments: unknown[]): number;
  uc_context_alloc(uc: unknown, context: unknown[]): number;
  uc_context_save(uc: unknown, context: unknown): number;
  uc_context_restore(uc: unknown, context: unknown): number;
  uc_context_free(context: unknown): number;
  /** Callback pointer types for koffi.register. */
  CodeHook: TypeObject;
  MemoryHook: TypeObject;
  InterruptHook: TypeObject;
  SyscallHook: TypeObject;
}

/** The Unicorn library could not be loaded: say how to install it. */
export class UnicornMissingError extends Error {
  constructor(readonly tried: readonly string[], readonly reason: string) {
    super(
      `run-asm: cannot load the Unicorn 2 library (tried ${tried.join(', ')}): ${reason}\n` +
        'Install it with `apt-get install libunicorn2` (Debian/Ubuntu) or `brew install unicorn` (macOS),\n' +
        'or set UNICORN_LIB to the path of libunicorn.so.2 (libunicorn.2.dylib on macOS).',
    );
    this.name = 'UnicornMissingError';
  }
}

const LIBRARY_NAMES = [
  'libunicorn.so.2',
  'libunicorn.2.dylib',
  '/opt/homebrew/lib/libunicorn.2.dylib',
  '/usr/local/lib/libunicorn.2.dylib',
  '/usr/local/lib/libunicorn.so.2',
];

let loaded: UnicornApi | undefined;

export function loadUnicorn(): UnicornApi {
  if (loaded) return loaded;
  const override = process.env.UNICORN_LIB;
  const candidates = override ? [override] : LIBRARY_NAMES;
  let library: LibraryHandle | undefined;
  let path = '';
  let reason = 'not found';
  for (const candidate of candidates) {
    try {
      library = koffi.load(candidate);
      path = candidate;
      break;
    } catch (error) {
      reason = (error as Error).message.split('\n')[0];
    }
  }
  if (!library) throw new UnicornMissingError(candidates, reason);
  loaded = bind(library, path);
  return loaded;
}

function bind(lib: LibraryHandle, libraryPath: string): UnicornApi {
  const fn = (signature: string) => lib.func(signature) as never;
  return {
    libraryPath,
    uc_open: fn('int uc_open(int arch, int mode, _Out_ void **uc)'),
    uc_close: fn('int uc_close(void *uc)'),
    uc_strerror: fn('const char *uc_strerror(int code)'),
    uc_mem_map: fn('int uc_mem_map(void *uc, uint64_t address, size_t size, uint32_t perms)'),
    uc_mem_map_ptr: fn('int uc_mem_map_ptr(void *uc, uint64_t address, size_t size, uint32_t perms, void *ptr)'),
    uc_mem_protect: fn('int uc_mem_protect(void *uc, uint64_t address, size_t size, uint32_t perms)'),
    uc_mem_read: fn('int uc_mem_read(void *uc, uint64_t address, void *bytes, size_t size)'),
    uc_mem_write: fn('int uc_mem_write(void *uc, uint64_t address, void *bytes, size_t size)'),
    uc_reg_read: fn('int uc_reg_read(void *uc, int regid, void *value)'),
    uc_reg_write: fn('int uc_reg_write(void *uc, int regid, void *value)'),
    uc_reg_read_batch: fn('int uc_reg_read_batch(void *uc, void *regs, void *vals, int count)'),
    uc_reg_write_batch: fn('int uc_reg_write_batch(void *uc, void *regs, void *vals, int count)'),
    uc_emu_start: fn('int uc_emu_start(void *uc, uint64_t begin, uint64_t until, uint64_t timeout, size_t count)'),
    uc_emu_stop: fn('int uc_emu_stop(void *uc)'),
    uc_hook_add: fn(
      'int uc_hook_add(void *uc, _Out_ uint64_t *hh, int type, void *callback, void *user_data, uint64_t begin, uint64_t end)',
    ),
    uc_hook_add_instruction: fn(
      'int uc_hook_add(void *uc, _Out_ uint64_t *hh, int type, void *callback, void *user_data, uint64_t begin, uint64_t end, ...)',
    ),
    uc_hook_del: fn('int uc_hook_del(void *uc, uint64_t hh)'),
    uc_query: fn('int uc_query(void *uc, int type, void *result)'),
    uc_ctl: fn('int uc_ctl(void *uc, int control, ...)'),
    uc_context_alloc: fn('int uc_context_alloc(void *uc, _Out_ void **context)'),
    uc_context_save: fn('int uc_context_save(void *uc, void *context)'),
    uc_context_restore: fn('int uc_context_restore(void *uc, void *context)'),
    uc_context_free: fn('int uc_context_free(void *context)'),
    CodeHook: koffi.pointer(koffi.proto('void uc_cb_hookcode_t(uintptr_t uc, uint64_t address, uint32_t size, uintptr_t user_data)')),
    MemoryHook: koffi.pointer(
      koffi.proto('bool uc_cb_eventmem_t(void *uc, int type, uint64_t address, int size, int64_t value, void *user_data)'),
    ),
    InterruptHook: koffi.pointer(koffi.proto('void uc_cb_hookintr_t(void *uc, uint32_t intno, void *user_data)')),
    SyscallHook: koffi.pointer(koffi.proto('void uc_cb_insn_syscall_t(void *uc, void *user_data)')),
  };
}
