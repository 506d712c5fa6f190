// va_arg for shims: after a variadic function's fixed parameters, hands out the next integer,
// double or long double argument the System V way (integers from the remaining rdi..r9, doubles
// from the remaining xmm0..xmm7, each class then continuing in one shared stack area in order).

import { INTEGER_ARGUMENT_REGISTERS, STACK_SLOT_SIZE, VECTOR_ARGUMENT_REGISTERS } from './abi.ts';
import type { FormatArguments, IntegerSize } from './format.ts';
import type { GuestMemory } from './guest-memory.ts';

const doubleView = new Float64Array(1);
const doubleBits = new BigUint64Array(doubleView.buffer);

export function doubleFromBits(bits: bigint): number {
  doubleBits[0] = bits;
  return doubleView[0];
}

export function bitsFromDouble(value: number): bigint {
  doubleView[0] = value;
  return doubleBits[0];
}

/** What every guest-side argument source shares: strings and %n stores go to guest memory. */
export abstract class GuestArguments implements FormatArguments {
  constructor(protected readonly memory: GuestMemory) {}

  abstract nextInteger(): bigint;
  abstract nextDouble(): number;
  abstract nextLongDouble(): bigint;

  readString(address: number, limit: number): Uint8Array {
    return this.memory.cString(address, limit);
  }

  storeCount(address: number, size: IntegerSize, count: number): void {
    storeInteger(this.memory, address, size, count);
  }

  readWideString(address: number, limit: number): Uint32Array {
    return this.memory.wideString(address, limit);
  }
}

export class VarArgs extends GuestArguments {
  private readonly integers = new BigUint64Array(INTEGER_ARGUMENT_REGISTERS.length);
  private readonly doubles = new BigUint64Array(VECTOR_ARGUMENT_REGISTERS.length);
  private integerIndex = 0;
  private doubleIndex = 0;
  private stackAddress = 0;

  /** Start over for a new call: `values` holds rdi..r9 and xmm0..xmm7 at the given offsets. */
  reset(
    values: BigUint64Array,
    integerOffset: number,
    doubleOffset: number,
    integersUsed: number,
    doublesUsed: number,
    stackAddress: number,
  ): void {
    // typed-array copies: no BigInt is made per register
    if (integerOffset >= 0) this.integers.set(values.subarray(integerOffset, integerOffset + this.integers.length));
    else this.integers.fill(0n);
    if (doubleOffset >= 0) this.doubles.set(values.subarray(doubleOffset, doubleOffset + this.doubles.length));
    else this.doubles.fill(0n);
    this.integerIndex = integersUsed;
    this.doubleIndex = doublesUsed;
    this.stackAddress = stackAddress;
  }

  private nextStackSlot(): bigint {
    const value = this.memory.readU64(this.stackAddress);
    this.stackAddress += STACK_SLOT_SIZE;
    return value;
  }

  nextInteger(): bigint {
    if (this.integerIndex < this.integers.length) return this.integers[this.integerIndex++];
    return this.nextStackSlot();
  }

  nextDouble(): number {
    if (this.doubleIndex < this.doubles.length) return doubleFromBits(this.doubles[this.doubleIndex++]);
    return doubleFromBits(this.nextStackSlot());
  }

  /** long double always travels in memory, 16-byte aligned. */
  nextLongDouble(): bigint {
    this.stackAddress = Math.ceil(this.stackAddress / 16) * 16;
    const value = readLongDouble(this.memory, this.stackAddress);
    this.stackAddress += 16;
    return value;
  }

}

/** The 80 bits of the x87 long double at `address`. */
export function readLongDouble(memory: GuestMemory, address: number): bigint {
  const low = memory.readU64(address);
  const high = memory.readU64(address + 8) & 0xffffn;
  return (high << 64n) | low;
}

/** Stores `value` as a little-endian integer of `size` bytes (what %n and scanf write). */
export function storeInteger(memory: GuestMemory, address: number, size: IntegerSize, value: number | bigint): void {
  if (size === 8) memory.writeU64(address, value);
  else if (size === 4) memory.writeU32(address, Number(BigInt.asUintN(32, BigInt(value))));
  else if (size === 2) memory.writeU16(address, Number(BigInt.asUintN(16, BigInt(value))));
  else memory.writeU8(address, Number(BigInt.asUintN(8, BigInt(value))));
}
