// The engine interface: everything the rest of run-asm may ask of an x86-64 CPU emulator.
// The Unicorn backend implements it; tests may supply an in-memory fake; another backend
// (a WebAssembly Unicorn, say) can be dropped in without touching the loader or libc.

/** Page protections, with the numeric values Unicorn uses (UC_PROT_*). */
export const UC_PROT_NONE = 0;
export const UC_PROT_READ = 1;
export const UC_PROT_WRITE = 2;
export const UC_PROT_EXEC = 4;
export const UC_PROT_ALL = 7;

export type GeneralRegister =
  | 'rax' | 'rbx' | 'rcx' | 'rdx' | 'rsi' | 'rdi' | 'rbp' | 'rsp'
  | 'r8' | 'r9' | 'r10' | 'r11' | 'r12' | 'r13' | 'r14' | 'r15'
  | 'rip' | 'rflags' | 'fs_base' | 'gs_base';

export type VectorRegister =
  | 'xmm0' | 'xmm1' | 'xmm2' | 'xmm3' | 'xmm4' | 'xmm5' | 'xmm6' | 'xmm7'
  | 'xmm8' | 'xmm9' | 'xmm10' | 'xmm11' | 'xmm12' | 'xmm13' | 'xmm14' | 'xmm15';

/** General registers are 64-bit values; xmm registers are read and written as their low 64 bits. */
export type RegisterName = GeneralRegister | VectorRegister;

/**
 * A fixed list of registers read or written in one native call (uc_reg_read_batch /
 * uc_reg_write_batch). Build it once, use it on every shim call: register traffic is the
 * dominant cost of a libc call.
 */
export interface RegisterBatch {
  readonly names: readonly RegisterName[];
  /** Values in the order of `names`; the returned array is reused by the next read. */
  read(): BigUint64Array;
  write(values: ArrayLike<bigint>): void;
}

export type MemoryAccess = 'read' | 'write' | 'fetch';

/** Why `run` returned. */
export type StopReason =
  | { kind: 'stopped' } // stop() was called (e.g. by exit()), or `until` was reached
  | { kind: 'timeout' }
  | { kind: 'memory-fault'; access: MemoryAccess; address: number; unmapped: boolean }
  | { kind: 'interrupt'; number: number } // CPU exception: 0 divide error, 6 invalid opcode, 13 GP, ...
  | { kind: 'invalid-instruction' }
  | { kind: 'hook-error'; error: unknown }; // a hook threw: emulation stopped, the error kept

/**
 * Guest memory the host reaches without a call into the emulator: the guest byte at `address` is
 * `bytes[address - base]` (and `data` views the same bytes). Only handed out for accesses that
 * cannot fault, so whoever holds one never has to check permissions.
 */
export interface HostMemory {
  readonly base: number;
  readonly bytes: Uint8Array;
  readonly data: DataView;
}

export interface Engine {
  mapMemory(address: number, size: number, protection: number): void;
  protectMemory(address: number, size: number, protection: number): void;
  readMemory(address: number, size: number): Uint8Array;
  writeMemory(address: number, bytes: Uint8Array): void;
  /**
   * The host memory behind all of [address, address + size) when one host-backed region holds it
   * and its protection allows `access` (a write also needs the region not to be executable, since
   * the CPU may hold translations of it); otherwise undefined: use readMemory/writeMemory, which
   * fault as the CPU would.
   */
  hostMemory?(address: number, size: number, access: 'read' | 'write'): HostMemory | undefined;

  readRegister(name: RegisterName): bigint;
  writeRegister(name: RegisterName, value: bigint): void;
  registerBatch(names: readonly RegisterName[]): RegisterBatch;

  /** Call `hook(address)` before each instruction in [begin, end]. Add hooks before the first run. */
  hookCode(begin: number, end: number, hook: (address: number) => void): void;
  /** Call `hook()` for each `syscall` instruction (registers as the instruction left them). Add before the first run. */
  hookSyscall?(hook: () => void): void;
  /** Handle software interrupt `vector` (`int 0x80`) with `hook` and carry on after it, instead of stopping. */
  hookInterrupt?(vector: number, hook: () => void): void;

  /** Run from `begin` until `until` is reached, stop() is called, a fault, or the timeout (0 = none). */
  run(begin: number, until: number, timeoutMicroseconds: number): StopReason;
  /** Ask a running emulation to stop after the current instruction (safe inside a hook). */
  stop(): void;
  /**
   * After a `memory-fault` stop, move rip to the faulting instruction. A backend that already
   * reports it exactly may leave this out; Unicorn 2.0 only knows where the block started.
   */
  settleFault?(): Promise<void>;
  close(): void;
}

/**
 * Thrown by readMemory/writeMemory (and by anything reading guest memory on the guest's behalf,
 * such as a libc shim given a bad pointer) when the guest address is unmapped or not accessible.
 * Thrown inside a hook, it stops emulation and is reported like the CPU's own fault would be.
 */
export class GuestMemoryError extends Error {
  constructor(
    readonly address: number,
    readonly access: MemoryAccess,
  ) {
    super(`${access === 'write' ? 'write to' : 'read from'} unmapped address 0x${address.toString(16)}`);
  }
}
