// FormatArguments over a plain list, for testing format.ts without an emulator: strings get
// made-up guest addresses, %n stores are recorded.
import type { FormatArguments, IntegerSize } from '../../src/libc/format.ts';

export type ListArgument =
  | { kind: 'integer' | 'double' | 'longDouble'; bits: bigint }
  | { kind: 'string' | 'wideString'; text: string | null };

const STRING_BASE = 0x10000;

export class ListArguments implements FormatArguments {
  private integers: bigint[] = [];
  private doubles: bigint[] = [];
  private longDoubles: bigint[] = [];
  private strings = new Map<number, Uint8Array>();
  private wideStrings = new Map<number, Uint32Array>();
  readonly stores: { address: number; size: IntegerSize; count: number }[] = [];

  constructor(args: readonly ListArgument[]) {
    args.forEach((arg, i) => {
      if ('text' in arg) {
        if (arg.text === null) this.integers.push(0n);
        else {
          const address = STRING_BASE + i * 0x1000;
          if (arg.kind === 'string') this.strings.set(address, new TextEncoder().encode(arg.text));
          else this.wideStrings.set(address, Uint32Array.from([...arg.text].map((c) => c.codePointAt(0)!)));
          this.integers.push(BigInt(address));
        }
      } else if (arg.kind === 'integer') this.integers.push(arg.bits);
      else if (arg.kind === 'double') this.doubles.push(arg.bits);
      else this.longDoubles.push(arg.bits);
    });
  }

  nextInteger(): bigint {
    return this.integers.shift() ?? 0n;
  }

  nextDouble(): number {
    const view = new DataView(new ArrayBuffer(8));
    view.setBigUint64(0, this.doubles.shift() ?? 0n);
    return view.getFloat64(0);
  }

  nextLongDouble(): bigint {
    return this.longDoubles.shift() ?? 0n;
  }

  readString(address: number, limit: number): Uint8Array {
    const bytes = this.strings.get(address);
    if (!bytes) throw new Error(`no string at 0x${address.toString(16)}`);
    return bytes.subarray(0, Math.min(limit, bytes.length));
  }

  readWideString(address: number, limit: number): Uint32Array {
    const characters = this.wideStrings.get(address);
    if (!characters) throw new Error(`no wide string at 0x${address.toString(16)}`);
    return characters.subarray(0, Math.min(limit, characters.length));
  }

  storeCount(address: number, size: IntegerSize, count: number): void {
    this.stores.push({ address, size, count });
  }
}
