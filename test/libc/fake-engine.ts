// An in-memory Engine for libc tests: page-granular memory with protections, a register file,
// batches over it, and stop() recorded. No CPU: tests set registers, invoke a shim, read results.
import {
  GuestMemoryError,
  type Engine,
  type RegisterBatch,
  type RegisterName,
  type StopReason,
  UC_PROT_READ,
  UC_PROT_WRITE,
} from '../../emulator/engine.ts';

const PAGE = 4096;

export class FakeEngine implements Engine {
  private readonly pages = new Map<number, { bytes: Uint8Array; protection: number }>();
  private readonly registers = new Map<RegisterName, bigint>();
  stopped = false;

  mapMemory(address: number, size: number, protection: number): void {
    for (let page = Math.floor(address / PAGE); page < Math.ceil((address + size) / PAGE); page++) {
      this.pages.set(page, { bytes: new Uint8Array(PAGE), protection });
    }
  }

  protectMemory(address: number, size: number, protection: number): void {
    for (let page = Math.floor(address / PAGE); page < Math.ceil((address + size) / PAGE); page++) {
      const entry = this.pages.get(page);
      if (entry) entry.protection = protection;
    }
  }

  private page(address: number, access: 'read' | 'write'): Uint8Array {
    const entry = this.pages.get(Math.floor(address / PAGE));
    const needed = access === 'read' ? UC_PROT_READ : UC_PROT_WRITE;
    if (!entry || (entry.protection & needed) === 0) throw new GuestMemoryError(address, access);
    return entry.bytes;
  }

  readMemory(address: number, size: number): Uint8Array {
    const out = new Uint8Array(size);
    for (let i = 0; i < size; ) {
      const at = address + i;
      const bytes = this.page(at, 'read');
      const offset = at % PAGE;
      const take = Math.min(PAGE - offset, size - i);
      out.set(bytes.subarray(offset, offset + take), i);
      i += take;
    }
    return out;
  }

  writeMemory(address: number, data: Uint8Array): void {
    for (let i = 0; i < data.length; ) {
      const at = address + i;
      const bytes = this.page(at, 'write');
      const offset = at % PAGE;
      const take = Math.min(PAGE - offset, data.length - i);
      bytes.set(data.subarray(i, i + take), offset);
      i += take;
    }
  }

  readRegister(name: RegisterName): bigint {
    return this.registers.get(name) ?? 0n;
  }

  writeRegister(name: RegisterName, value: bigint): void {
    this.registers.set(name, BigInt.asUintN(64, value));
  }

  registerBatch(names: readonly RegisterName[]): RegisterBatch {
    const values = new BigUint64Array(names.length);
    return {
      names,
      read: () => {
        names.forEach((name, i) => (values[i] = this.readRegister(name)));
        return values;
      },
      write: (next) => names.forEach((name, i) => this.writeRegister(name, next[i])),
    };
  }

  hookCode(): void {}

  run(): StopReason {
    throw new Error('FakeEngine has no CPU');
  }

  stop(): void {
    this.stopped = true;
  }

  close(): void {}
}
