// The Unicorn backend of the engine interface: calls in (map, read, write, registers, hooks, run),
// Unicorn 2 through koffi underneath. Every uc_err status becomes a typed `UnicornError`; a hook
// that throws never lets the exception cross the FFI: it is kept, emulation stops, and `run`
// reports it (the way Unicorn's Python binding does). CPU faults are recorded by hooks and come
// back from `run` as a `StopReason` with rip pointing at the faulting instruction.

import koffi, { type TypeObject } from 'koffi';
import { loadDisassembler, type Disassembler } from './disassemble.ts';
import { HostRegions } from './host-regions.ts';
import { GuestMemoryError, type Engine, type HostMemory, type MemoryAccess, type RegisterBatch, type RegisterName, type StopReason } from './engine.ts';
import { locateFaultingInstruction } from './locate-fault.ts';
import {
  loadUnicorn,
  UC_ARCH_X86,
  UC_ERR_FETCH_PROT,
  UC_ERR_FETCH_UNMAPPED,
  UC_ERR_INSN_INVALID,
  UC_ERR_OK,
  UC_ERR_READ_PROT,
  UC_ERR_READ_UNMAPPED,
  UC_ERR_WRITE_PROT,
  UC_ERR_WRITE_UNMAPPED,
  UC_HOOK_CODE,
  UC_HOOK_INSN,
  UC_HOOK_INTR,
  UC_X86_INS_SYSCALL,
  UC_HOOK_MEM_INVALID,
  UC_MEM_FETCH_PROT,
  UC_MEM_FETCH_UNMAPPED,
  UC_MEM_READ_PROT,
  UC_MEM_READ_UNMAPPED,
  UC_MEM_WRITE_PROT,
  UC_MEM_WRITE_UNMAPPED,
  UC_MODE_64,
  UC_QUERY_TIMEOUT,
  UC_CTL_TB_REMOVE_CACHE,
  UC_CTL_WRITE,
  type UnicornApi,
} from './unicorn-api.ts';
import { UNICORN_REGISTER_IDS } from './unicorn-registers.ts';

export { UnicornMissingError } from './unicorn-api.ts';

/** A Unicorn call failed: the operation and uc_strerror's text. */
export class UnicornError extends Error {
  constructor(
    readonly operation: string,
    readonly code: number,
    detail: string,
  ) {
    super(`${operation} failed: ${detail}`);
    this.name = 'UnicornError';
  }
}

const MEMORY_FAULTS: Readonly<Record<number, { access: MemoryAccess; unmapped: boolean }>> = {
  [UC_MEM_READ_UNMAPPED]: { access: 'read', unmapped: true },
  [UC_MEM_WRITE_UNMAPPED]: { access: 'write', unmapped: true },
  [UC_MEM_FETCH_UNMAPPED]: { access: 'fetch', unmapped: true },
  [UC_MEM_READ_PROT]: { access: 'read', unmapped: false },
  [UC_MEM_WRITE_PROT]: { access: 'write', unmapped: false },
  [UC_MEM_FETCH_PROT]: { access: 'fetch', unmapped: false },
};

const MEMORY_FAULT_ERRORS = new Set([
  UC_ERR_READ_UNMAPPED,
  UC_ERR_WRITE_UNMAPPED,
  UC_ERR_FETCH_UNMAPPED,
  UC_ERR_READ_PROT,
  UC_ERR_WRITE_PROT,
  UC_ERR_FETCH_PROT,
]);

const TRANSFER_BUFFER_SIZE = 64 * 1024;
const HLT = 0xf4;
const GENERAL_PROTECTION_FAULT = 13;

type RecordedFault =
  | { kind: 'memory-fault'; access: MemoryAccess; address: number; unmapped: boolean }
  | { kind: 'interrupt'; number: number };

/** Open a 64-bit x86 Unicorn engine. Throws `UnicornMissingError` when the library is absent. */
export async function openUnicornEngine(): Promise<UnicornEngine> {
  return new UnicornEngine(loadUnicorn());
}

export class UnicornEngine implements Engine {
  private readonly uc: unknown;
  private readonly scratch = new BigUint64Array(8); // one register (xmm: 16 bytes) or a query result
  // Small typed arrays live on V8's heap and koffi must move them before passing a pointer, which
  // costs microseconds; memory traffic goes through this buffer, allocated off-heap once, instead.
  private readonly transfer = new Uint8Array(new ArrayBuffer(TRANSFER_BUFFER_SIZE));
  private readonly callbacks: unknown[] = [];
  private readonly allocations: unknown[] = [];
  private pendingError: unknown = undefined;
  private fault: RecordedFault | undefined = undefined;
  private stopRequested = false;
  private running = false;
  private faultHooksInstalled = false;
  private unsettledFault: Extract<RecordedFault, { kind: 'memory-fault' }> | undefined;
  private readonly interruptHandlers = new Map<number, () => void>();
  private readonly hostRegions = new HostRegions();

  constructor(private readonly api: UnicornApi) {
    const handle: unknown[] = [null];
    this.check('uc_open', api.uc_open(UC_ARCH_X86, UC_MODE_64, handle));
    this.uc = handle[0];
  }

  /** Guest RAM lives in host ArrayBuffers (kept here for the engine's lifetime) that libc reads in place. */
  mapMemory(address: number, size: number, protection: number): void {
    const buffer = new ArrayBuffer(size);
    this.check('uc_mem_map_ptr', this.api.uc_mem_map_ptr(this.uc, BigInt(address), size, protection, buffer), address);
    this.hostRegions.add(address, buffer, protection);
  }

  protectMemory(address: number, size: number, protection: number): void {
    this.check('uc_mem_protect', this.api.uc_mem_protect(this.uc, BigInt(address), size, protection), address);
    this.hostRegions.protect(address, size, protection);
  }

  hostMemory(address: number, size: number, access: 'read' | 'write'): HostMemory | undefined {
    return this.hostRegions.find(address, size, access);
  }

  readMemory(address: number, size: number): Uint8Array {
    if (size === 0) return new Uint8Array(0);
    const host = this.hostRegions.find(address, size, 'read');
    if (host !== undefined) return host.bytes.slice(address - host.base, address - host.base + size);
    const into = size <= TRANSFER_BUFFER_SIZE ? this.transfer : new Uint8Array(size);
    if (this.api.uc_mem_read(this.uc, BigInt(address), into, size) !== UC_ERR_OK) {
      throw new GuestMemoryError(this.firstInaccessible(address, size), 'read');
    }
    return into === this.transfer ? into.slice(0, size) : into;
  }

  writeMemory(address: number, bytes: Uint8Array): void {
    const size = bytes.length;
    if (size === 0) return;
    const host = this.hostRegions.find(address, size, 'write');
    if (host !== undefined) {
      host.bytes.set(bytes, address - host.base);
      return;
    }
    let from = bytes;
    if (size <= TRANSFER_BUFFER_SIZE) {
      this.transfer.set(bytes);
      from = this.transfer;
    }
    if (this.api.uc_mem_write(this.uc, BigInt(address), from, size) !== UC_ERR_OK) {
      throw new GuestMemoryError(this.firstInaccessible(address, size), 'write');
    }
  }

  readRegister(name: RegisterName): bigint {
    this.check('uc_reg_read', this.api.uc_reg_read(this.uc, registerId(name), this.scratch));
    return this.scratch[0];
  }

  writeRegister(name: RegisterName, value: bigint): void {
    this.scratch.fill(0n);
    this.scratch[0] = BigInt.asUintN(64, value);
    this.check('uc_reg_write', this.api.uc_reg_write(this.uc, registerId(name), this.scratch));
  }

  registerBatch(names: readonly RegisterName[]): RegisterBatch {
    return new UnicornRegisterBatch(this, names);
  }

  hookCode(begin: number, end: number, hook: (address: number) => void): void {
    const callback = (_uc: unknown, address: number | bigint) => {
      try {
        hook(Number(address));
      } catch (error) {
        this.keepHookError(error);
      }
    };
    this.addHook(UC_HOOK_CODE, callback, this.api.CodeHook, begin, end);
  }

  hookSyscall(hook: () => void): void {
    const callback = () => {
      try {
        hook();
      } catch (error) {
        this.keepHookError(error);
      }
    };
    const registered = koffi.register(callback, this.api.SyscallHook);
    this.callbacks.push(registered);
    const handle: unknown[] = [0n];
    const status = this.api.uc_hook_add_instruction(this.uc, handle, UC_HOOK_INSN, registered, null, 1n, 0n, 'int', UC_X86_INS_SYSCALL);
    this.check('uc_hook_add', status);
  }

  hookInterrupt(vector: number, hook: () => void): void {
    this.interruptHandlers.set(vector, hook);
  }

  run(begin: number, until: number, timeoutMicroseconds: number): StopReason {
    if (this.running) throw new Error('engine.run called while the engine is running');
    this.installFaultHooks();
    this.pendingError = undefined;
    this.fault = undefined;
    this.unsettledFault = undefined;
    this.stopRequested = false;
    this.running = true;
    let status: number;
    try {
      status = this.api.uc_emu_start(this.uc, BigInt(begin), BigInt(until), BigInt(Math.max(0, Math.floor(timeoutMicroseconds))), 0);
    } finally {
      this.running = false;
    }
    return this.stopReason(status, timeoutMicroseconds > 0, until);
  }

  stop(): void {
    this.stopRequested = true;
    this.check('uc_emu_stop', this.api.uc_emu_stop(this.uc));
  }

  close(): void {
    for (const callback of this.callbacks) koffi.unregister(callback as bigint);
    this.callbacks.length = 0;
    for (const allocation of this.allocations) koffi.free(allocation);
    this.allocations.length = 0;
    this.api.uc_close(this.uc);
  }

  /** Raw access for the register batch and fault location, which live beside this class. */
  get native(): { api: UnicornApi; uc: unknown } {
    return { api: this.api, uc: this.uc };
  }

  /** Native memory that lives as long as the engine (register batch buffers). */
  allocate(bytes: number): unknown {
    const pointer = koffi.alloc('uint8_t', bytes);
    this.allocations.push(pointer);
    return pointer;
  }

  check(operation: string, status: number, address?: number): void {
    if (status === UC_ERR_OK) return;
    const where = address === undefined ? '' : ` at 0x${address.toString(16)}`;
    throw new UnicornError(operation, status, `${this.api.uc_strerror(status)}${where}`);
  }

  private stopReason(status: number, hadTimeout: boolean, until: number): StopReason {
    if (this.pendingError !== undefined) return { kind: 'hook-error', error: this.pendingError };
    const fault = this.fault;
    if (fault?.kind === 'memory-fault' && MEMORY_FAULT_ERRORS.has(status)) {
      if (fault.access === 'fetch') this.writeRegister('rip', BigInt(fault.address));
      else this.unsettledFault = fault;
      return fault;
    }
    if (fault?.kind === 'interrupt') return fault;
    if (status === UC_ERR_INSN_INVALID) return { kind: 'invalid-instruction' };
    this.check('uc_emu_start', status);
    if (this.stopRequested) return { kind: 'stopped' };
    if (hadTimeout && this.timedOut()) return { kind: 'timeout' };
    const rip = Number(this.readRegister('rip'));
    if (rip !== until && this.byteBefore(rip) === HLT) {
      // Unicorn stops quietly at hlt; in user mode the CPU raises #GP at the hlt instead
      this.writeRegister('rip', BigInt(rip - 1));
      return { kind: 'interrupt', number: GENERAL_PROTECTION_FAULT };
    }
    return { kind: 'stopped' };
  }

  private byteBefore(address: number): number | undefined {
    try {
      return this.readMemory(address - 1, 1)[0];
    } catch {
      return undefined;
    }
  }

  private timedOut(): boolean {
    this.scratch[0] = 0n;
    this.check('uc_query', this.api.uc_query(this.uc, UC_QUERY_TIMEOUT, this.scratch));
    return this.scratch[0] !== 0n;
  }

  /** Unicorn 2.0 leaves rip at the start of the translated block after a memory fault; find the instruction. */
  async settleFault(): Promise<void> {
    const fault = this.unsettledFault;
    if (!fault) return;
    this.unsettledFault = undefined;
    this.pointRipAtFault(fault, await loadDisassembler());
  }

  private pointRipAtFault(fault: Extract<RecordedFault, { kind: 'memory-fault' }>, disassembler: Disassembler): void {
    const blockStart = Number(this.readRegister('rip'));
    // the cached translation runs the whole block; drop it so each trial translates one instruction
    this.api.uc_ctl(this.uc, UC_CTL_WRITE(UC_CTL_TB_REMOVE_CACHE, 2), 'uint64_t', BigInt(blockStart), 'uint64_t', BigInt(blockStart + 0x2000));
    const faulting = locateFaultingInstruction(this, disassembler, blockStart, (start) => {
      this.fault = undefined;
      const status = this.api.uc_emu_start(this.uc, BigInt(start), 0n, 0n, 1);
      const again = this.fault as RecordedFault | undefined;
      return (
        MEMORY_FAULT_ERRORS.has(status) &&
        again?.kind === 'memory-fault' &&
        again.address === fault.address &&
        again.access === fault.access
      );
    });
    this.fault = fault;
    if (faulting !== undefined) this.writeRegister('rip', BigInt(faulting));
  }

  private installFaultHooks(): void {
    if (this.faultHooksInstalled) return;
    this.faultHooksInstalled = true;
    const onMemoryFault = (_uc: unknown, type: number, address: number | bigint) => {
      const kind = MEMORY_FAULTS[type];
      if (kind) this.fault = { kind: 'memory-fault', ...kind, address: Number(BigInt.asUintN(64, BigInt(address))) };
      return false;
    };
    const onInterrupt = (_uc: unknown, number: number) => {
      const handler = this.interruptHandlers.get(number);
      if (handler) {
        try {
          handler();
        } catch (error) {
          this.keepHookError(error);
        }
        return;
      }
      this.fault = { kind: 'interrupt', number };
      this.api.uc_emu_stop(this.uc);
    };
    // begin > end: the hook covers every address
    this.addHook(UC_HOOK_MEM_INVALID, onMemoryFault, this.api.MemoryHook, 1, 0);
    this.addHook(UC_HOOK_INTR, onInterrupt, this.api.InterruptHook, 1, 0);
  }

  private addHook(type: number, callback: (...args: never[]) => unknown, prototype: TypeObject, begin: number, end: number): void {
    const registered = koffi.register(callback, prototype);
    this.callbacks.push(registered);
    const handle: unknown[] = [0n];
    this.check('uc_hook_add', this.api.uc_hook_add(this.uc, handle, type, registered, null, BigInt(begin), BigInt(end)));
  }

  private keepHookError(error: unknown): void {
    if (this.pendingError === undefined) this.pendingError = error;
    this.api.uc_emu_stop(this.uc);
  }

  /** The first address of [address, address+size) that cannot be accessed, page by page. */
  private firstInaccessible(address: number, size: number): number {
    const probe = new Uint8Array(1);
    for (let at = address; at < address + size; at = (Math.floor(at / 4096) + 1) * 4096) {
      if (this.api.uc_mem_read(this.uc, BigInt(at), probe, 1) !== UC_ERR_OK) return at;
    }
    return address;
  }
}

function registerId(name: RegisterName): number {
  const id = UNICORN_REGISTER_IDS[name];
  if (id === undefined) throw new Error(`unknown register ${String(name)}`);
  return id;
}

/**
 * Register ids, value slots and the pointer arrays uc_reg_*_batch want, allocated once in native
 * memory. Each slot is 16 bytes so an xmm register fits; only its low 64 bits are exposed. Reads
 * and writes have separate slots, so the high halves written stay zero without being stored again.
 */
class UnicornRegisterBatch implements RegisterBatch {
  private readonly ids: unknown;
  // Values move between slots and arrays as 32-bit halves: reading a BigUint64Array element makes
  // a BigInt, and a shim call would make dozens of them only to copy them.
  private readonly readSlots: Uint32Array;
  private readonly readPointers: unknown;
  private readonly writeSlots: Uint32Array;
  private readonly writePointers: unknown;
  private readonly values: BigUint64Array;
  private readonly valueHalves: Uint32Array;
  private lastWritten: BigUint64Array | undefined;
  private lastWrittenHalves: Uint32Array | undefined;
  private readonly count: number;
  private readonly api: UnicornApi;
  private readonly uc: unknown;

  constructor(
    private readonly engine: UnicornEngine,
    readonly names: readonly RegisterName[],
  ) {
    ({ api: this.api, uc: this.uc } = engine.native);
    this.count = names.length;
    const size = Math.max(1, this.count);
    this.ids = engine.allocate(4 * size);
    new Int32Array(koffi.view(this.ids, 4 * size)).set(names.map(registerId));
    [this.readSlots, this.readPointers] = slotsFor(engine, size);
    [this.writeSlots, this.writePointers] = slotsFor(engine, size);
    this.values = new BigUint64Array(this.count);
    this.valueHalves = new Uint32Array(this.values.buffer);
  }

  read(): BigUint64Array {
    const status = this.api.uc_reg_read_batch(this.uc, this.ids, this.readPointers, this.count);
    if (status !== UC_ERR_OK) this.engine.check('uc_reg_read_batch', status);
    const slots = this.readSlots;
    const halves = this.valueHalves;
    for (let i = 0; i < this.count; i++) {
      halves[2 * i] = slots[4 * i];
      halves[2 * i + 1] = slots[4 * i + 1];
    }
    return this.values;
  }

  write(values: ArrayLike<bigint>): void {
    const slots = this.writeSlots;
    if (values instanceof BigUint64Array) {
      if (values !== this.lastWritten) {
        this.lastWritten = values;
        this.lastWrittenHalves = new Uint32Array(values.buffer, values.byteOffset, 2 * values.length);
      }
      const halves = this.lastWrittenHalves!;
      for (let i = 0; i < this.count; i++) {
        slots[4 * i] = halves[2 * i];
        slots[4 * i + 1] = halves[2 * i + 1];
      }
    } else {
      const wide = new BigUint64Array(slots.buffer, slots.byteOffset, 2 * this.count);
      for (let i = 0; i < this.count; i++) wide[2 * i] = values[i]; // a BigUint64Array store wraps negative values
    }
    const status = this.api.uc_reg_write_batch(this.uc, this.ids, this.writePointers, this.count);
    if (status !== UC_ERR_OK) this.engine.check('uc_reg_write_batch', status);
  }
}

/** `count` zeroed 16-byte slots in native memory and the array of pointers to them. */
function slotsFor(engine: UnicornEngine, count: number): [Uint32Array, unknown] {
  const memory = engine.allocate(16 * count);
  const slots = new Uint32Array(koffi.view(memory, 16 * count)).fill(0);
  const pointers = engine.allocate(8 * count);
  const base = koffi.address(memory);
  const pointerView = new BigUint64Array(koffi.view(pointers, 8 * count));
  for (let i = 0; i < count; i++) pointerView[i] = base + BigInt(16 * i);
  return [slots, pointers];
}
