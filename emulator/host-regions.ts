// The host side of guest RAM: each mapped region is one ArrayBuffer the CPU uses in place (its
// backing store lives outside V8's heap and never moves), so libc reads a C string with indexOf
// instead of a native call per chunk. In: map/protect calls; out: a region for an access, or
// undefined when the access could fault or must go through the emulator.

import { UC_PROT_EXEC, UC_PROT_READ, UC_PROT_WRITE, type HostMemory } from './engine.ts';

interface HostRegion extends HostMemory {
  readonly end: number;
  /** What the host may do here without the emulator: the lowest protection over the region. */
  protection: number;
}

export class HostRegions {
  private readonly regions: HostRegion[] = [];
  private recent: HostRegion | undefined;

  /** Records a region the CPU now uses: `buffer` holds the guest bytes from `address` on. */
  add(address: number, buffer: ArrayBuffer, protection: number): void {
    const region: HostRegion = {
      base: address,
      end: address + buffer.byteLength,
      bytes: new Uint8Array(buffer),
      data: new DataView(buffer),
      protection,
    };
    this.regions.push(region);
  }

  /**
   * A protection change over [address, address + size): a region it covers whole takes the new
   * protection; a region it covers in part keeps only what both allow (and counts as code when
   * either part is), so the host never skips a fault some page of it would raise.
   */
  protect(address: number, size: number, protection: number): void {
    const end = address + size;
    for (const region of this.regions) {
      if (end <= region.base || address >= region.end) continue;
      if (address <= region.base && end >= region.end) region.protection = protection;
      else region.protection = (region.protection & protection & ~UC_PROT_EXEC) | ((region.protection | protection) & UC_PROT_EXEC);
    }
  }

  find(address: number, size: number, access: 'read' | 'write'): HostMemory | undefined {
    let region = this.recent;
    if (region === undefined || address < region.base || address + size > region.end) {
      region = undefined;
      for (const candidate of this.regions) {
        if (address >= candidate.base && address + size <= candidate.end) {
          region = candidate;
          break;
        }
      }
      if (region === undefined) return undefined;
      this.recent = region;
    }
    const allowed = access === 'read' ? region.protection & UC_PROT_READ : (region.protection & (UC_PROT_WRITE | UC_PROT_EXEC)) === UC_PROT_WRITE;
    return allowed ? region : undefined;
  }
}
