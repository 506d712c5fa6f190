// A C va_list in guest memory, for vprintf and friends: the System V structure
// { gp_offset, fp_offset, overflow_arg_area, reg_save_area } handing out arguments as va_arg
// does, and written back afterwards as glibc leaves it.

import type { GuestMemory } from './guest-memory.ts';
import { doubleFromBits, GuestArguments, readLongDouble } from './var-args.ts';

/** Where the integer and vector register save areas end (6 * 8 and 6 * 8 + 8 * 16 bytes). */
const GP_SAVE_END = 48;
const FP_SAVE_END = 176;

export class GuestVaList extends GuestArguments {
  private gpOffset: number;
  private fpOffset: number;
  private overflowArea: number;
  private readonly saveArea: number;

  constructor(
    memory: GuestMemory,
    private readonly address: number,
  ) {
    super(memory);
    this.gpOffset = memory.readU32(address);
    this.fpOffset = memory.readU32(address + 4);
    this.overflowArea = memory.readAddress(address + 8);
    this.saveArea = memory.readAddress(address + 16);
  }

  private nextOverflow(): bigint {
    const value = this.memory.readU64(this.overflowArea);
    this.overflowArea += 8;
    return value;
  }

  nextInteger(): bigint {
    if (this.gpOffset < GP_SAVE_END) {
      const value = this.memory.readU64(this.saveArea + this.gpOffset);
      this.gpOffset += 8;
      return value;
    }
    return this.nextOverflow();
  }

  nextDouble(): number {
    if (this.fpOffset < FP_SAVE_END) {
      const value = this.memory.readU64(this.saveArea + this.fpOffset);
      this.fpOffset += 16;
      return doubleFromBits(value);
    }
    return doubleFromBits(this.nextOverflow());
  }

  nextLongDouble(): bigint {
    this.overflowArea = Math.ceil(this.overflowArea / 16) * 16;
    const value = readLongDouble(this.memory, this.overflowArea);
    this.overflowArea += 16;
    return value;
  }

  /** Stores the advanced state back into the guest's va_list. */
  writeBack(): void {
    this.memory.writeU32(this.address, this.gpOffset);
    this.memory.writeU32(this.address + 4, this.fpOffset);
    this.memory.writeU64(this.address + 8, this.overflowArea);
  }
}
