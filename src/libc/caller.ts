// Calls one shim on the guest's behalf: reads its arguments from registers and the stack in one
// batch, runs the body, then writes rax (or xmm0) and garbage into the other caller-saved
// registers in one batch, so guest code that keeps values in them across a call breaks here too.

import type { Engine, RegisterBatch, RegisterName } from '../../emulator/engine.ts';
import {
  CALLER_SAVED_REGISTERS,
  CALLER_SAVED_VECTOR_REGISTERS,
  INTEGER_ARGUMENT_REGISTERS,
  STACK_SLOT_SIZE,
  VECTOR_ARGUMENT_REGISTERS,
} from './abi.ts';
import type { LibcContext } from './context.ts';
import type { GuestMemory } from './guest-memory.ts';
import type { Parameter } from './prototype.ts';
import type { ShimEntry, ShimResult } from './registry.ts';
import { doubleFromBits, VarArgs } from './var-args.ts';

/** Where one parameter is found: an index into the batch's values, or a stack slot above the return address. */
interface ParameterSource {
  readonly parameter: Parameter;
  readonly batchIndex: number; // -1: on the stack
  readonly stackOffset: number;
}

/** How one shim reads its arguments, worked out on its first call. */
interface CallPlan {
  readonly batch: RegisterBatch;
  readonly sources: readonly ParameterSource[];
  readonly rspIndex: number; // -1 when no stack argument is needed
  readonly integerOffset: number; // where rdi..r9 sit in the batch (variadic functions), else -1
  readonly doubleOffset: number;
  readonly integersUsed: number;
  readonly doublesUsed: number;
  readonly stackBytesUsed: number;
  readonly args: Record<string, number | bigint>;
}

/** Canonical but never-mapped addresses: a kept "pointer" faults, a kept counter is nonsense. */
const CLOBBERED_INTEGER = 0x0000_dead_0000_0000n;
/** A quiet NaN: a double wrongly kept across a call prints as nan. */
const CLOBBERED_DOUBLE = 0x7ff8_dead_0000_0000n;

const RESULT_REGISTERS: readonly RegisterName[] = ['rax', ...CALLER_SAVED_REGISTERS, 'xmm0', ...CALLER_SAVED_VECTOR_REGISTERS];
const RAX_INDEX = 0;
const XMM0_INDEX = 1 + CALLER_SAVED_REGISTERS.length;

export class ShimCaller {
  private readonly plans: (CallPlan | undefined)[] = [];
  private readonly varArgs: VarArgs;
  private resultBatch: RegisterBatch | undefined;
  private readonly results = new BigUint64Array(RESULT_REGISTERS.length);
  private lastValues: BigUint64Array | undefined;
  private valueHalves: Uint32Array = new Uint32Array(0);
  private valueDoubles: Float64Array = new Float64Array(0);
  private readonly resultHalves = new Uint32Array(this.results.buffer);
  private readonly doubleBits = new Float64Array(1);
  private readonly doubleHalves = new Uint32Array(this.doubleBits.buffer);

  constructor(
    private readonly engine: Engine,
    private readonly memory: GuestMemory,
    private readonly entries: readonly ShimEntry[],
    private readonly context: LibcContext,
  ) {
    this.varArgs = new VarArgs(memory);
    for (let i = 0; i < RESULT_REGISTERS.length; i++) {
      this.results[i] = i < XMM0_INDEX ? CLOBBERED_INTEGER + BigInt(i) : CLOBBERED_DOUBLE + BigInt(i);
    }
  }

  call(index: number): void {
    const entry = this.entries[index];
    if (entry === undefined) throw new Error(`libc: no shim with index ${index}`);
    const plan = (this.plans[index] ??= planCall(this.engine, entry));
    const values = plan.batch.read();
    if (values !== this.lastValues) this.viewValues(values);
    const halves = this.valueHalves;
    const stackBase = plan.rspIndex >= 0 ? wordFromHalves(halves, plan.rspIndex) + STACK_SLOT_SIZE : 0;
    for (const source of plan.sources) {
      const { parameter, batchIndex } = source;
      plan.args[parameter.name] =
        batchIndex < 0
          ? convertArgument(parameter, this.memory.readU64(stackBase + source.stackOffset))
          : convertRegister(parameter, values, halves, this.valueDoubles, batchIndex);
    }
    if (entry.prototype.variadic) {
      this.varArgs.reset(values, plan.integerOffset, plan.doubleOffset, plan.integersUsed, plan.doublesUsed, stackBase + plan.stackBytesUsed);
    }
    const result = entry.body(plan.args, this.context, this.varArgs);
    if (this.context.exited) return;
    this.writeResult(entry, result);
  }

  /** Register values read as 32-bit halves and as doubles, so most arguments need no BigInt. */
  private viewValues(values: BigUint64Array): void {
    this.lastValues = values;
    this.valueHalves = new Uint32Array(values.buffer, values.byteOffset, 2 * values.length);
    this.valueDoubles = new Float64Array(values.buffer, values.byteOffset, values.length);
  }

  private writeResult(entry: ShimEntry, result: ShimResult): void {
    const { result: resultClass } = entry.prototype;
    const results = this.results;
    // Number results go in as 32-bit halves: a BigInt per call would be garbage straight away.
    const halves = this.resultHalves;
    results[XMM0_INDEX] = CLOBBERED_DOUBLE;
    if (typeof result === 'bigint') {
      results[RAX_INDEX] = BigInt.asUintN(64, result);
    } else if (typeof result === 'number') {
      if (resultClass === 'double') {
        results[RAX_INDEX] = CLOBBERED_INTEGER;
        this.doubleBits[0] = result;
        halves[2 * XMM0_INDEX] = this.doubleHalves[0];
        halves[2 * XMM0_INDEX + 1] = this.doubleHalves[1];
      } else if (resultClass === 'int32') {
        halves[2 * RAX_INDEX] = result >>> 0;
        halves[2 * RAX_INDEX + 1] = 0;
      } else {
        // exact for safe integers, negative ones included (the high half floors to all ones)
        halves[2 * RAX_INDEX] = result >>> 0;
        halves[2 * RAX_INDEX + 1] = Math.floor(result / 0x1_0000_0000) >>> 0;
      }
    } else {
      results[RAX_INDEX] = CLOBBERED_INTEGER;
    }
    (this.resultBatch ??= this.engine.registerBatch(RESULT_REGISTERS)).write(results);
  }
}

/** A 64-bit word that holds an address or a size, from its halves: as a number. */
function wordFromHalves(halves: Uint32Array, index: number): number {
  return halves[2 * index + 1] * 0x1_0000_0000 + halves[2 * index];
}

/** convertArgument for a value in the register batch, without making a BigInt where a number will do. */
function convertRegister(parameter: Parameter, values: BigUint64Array, halves: Uint32Array, doubles: Float64Array, index: number): number | bigint {
  switch (parameter.valueClass) {
    case 'int32':
      return parameter.unsigned ? halves[2 * index] : halves[2 * index] | 0;
    case 'size':
      return wordFromHalves(halves, index);
    case 'double':
      return doubles[index];
    case 'int64':
      return convertArgument(parameter, values[index]);
  }
}

function convertArgument(parameter: Parameter, raw: bigint): number | bigint {
  switch (parameter.valueClass) {
    case 'int32':
      return parameter.unsigned ? Number(raw & 0xffff_ffffn) : Number(BigInt.asIntN(32, raw));
    case 'int64':
      return parameter.unsigned ? raw : BigInt.asIntN(64, raw);
    case 'size':
      return Number(raw);
    case 'double':
      return doubleFromBits(raw);
  }
}

function planCall(engine: Engine, entry: ShimEntry): CallPlan {
  const { parameters, variadic } = entry.prototype;
  const names: RegisterName[] = [];
  const sourcesDraft: { parameter: Parameter; register?: RegisterName; stackOffset: number }[] = [];
  let integers = 0;
  let doubles = 0;
  let stackBytes = 0;
  for (const parameter of parameters) {
    if (parameter.valueClass === 'double') {
      if (doubles < VECTOR_ARGUMENT_REGISTERS.length) sourcesDraft.push({ parameter, register: VECTOR_ARGUMENT_REGISTERS[doubles++], stackOffset: 0 });
      else sourcesDraft.push({ parameter, stackOffset: (stackBytes += STACK_SLOT_SIZE) - STACK_SLOT_SIZE });
    } else {
      if (integers < INTEGER_ARGUMENT_REGISTERS.length) sourcesDraft.push({ parameter, register: INTEGER_ARGUMENT_REGISTERS[integers++], stackOffset: 0 });
      else sourcesDraft.push({ parameter, stackOffset: (stackBytes += STACK_SLOT_SIZE) - STACK_SLOT_SIZE });
    }
  }
  let integerOffset = -1;
  let doubleOffset = -1;
  if (variadic) {
    integerOffset = names.length;
    names.push(...INTEGER_ARGUMENT_REGISTERS);
    doubleOffset = names.length;
    names.push(...VECTOR_ARGUMENT_REGISTERS);
  } else {
    for (const draft of sourcesDraft) if (draft.register && !names.includes(draft.register)) names.push(draft.register);
  }
  let rspIndex = -1;
  if (variadic || stackBytes > 0) {
    rspIndex = names.length;
    names.push('rsp');
  }
  const sources = sourcesDraft.map((draft) => ({
    parameter: draft.parameter,
    batchIndex: draft.register ? names.indexOf(draft.register) : -1,
    stackOffset: draft.stackOffset,
  }));
  const args: Record<string, number | bigint> = {};
  for (const parameter of parameters) args[parameter.name] = 0;
  return {
    batch: names.length > 0 ? engine.registerBatch(names) : emptyBatch,
    sources,
    rspIndex,
    integerOffset,
    doubleOffset,
    integersUsed: integers,
    doublesUsed: doubles,
    stackBytesUsed: stackBytes,
    args,
  };
}

/** For shims without arguments: nothing to read. */
const noValues = new BigUint64Array(0);
const emptyBatch: RegisterBatch = {
  names: [],
  read: () => noValues,
  write: () => {},
};
