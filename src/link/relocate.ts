// Relocation: every `.rela` entry of the loaded sections in, patched segment bytes and a filled GOT
// out. Each relocation type is one row: how many bytes it patches, what it adds to the addend
// (S = symbol, P = place, G = the symbol's GOT slot) and which overflow check ld applies to it.

import {
  R_X86_64_16,
  R_X86_64_32,
  R_X86_64_32S,
  R_X86_64_64,
  R_X86_64_8,
  R_X86_64_GOTPCREL,
  R_X86_64_GOTPCRELX,
  R_X86_64_NONE,
  R_X86_64_PC16,
  R_X86_64_PC32,
  R_X86_64_PC64,
  R_X86_64_PC8,
  R_X86_64_PLT32,
  R_X86_64_REX_GOTPCRELX,
  STT_SECTION,
} from '../elf/constants.ts';
import type { ObjectFile, ObjectRelocation } from '../elf/read.ts';
import { UC_PROT_READ } from '../../emulator/engine.ts';
import type { LoadedSegment } from './image.ts';
import { describePlace, placeMessage } from './locations.ts';
import { pageAlignUp } from './memory-map.ts';

type Formula = 'S + A' | 'S + A - P' | 'G + A - P';
/** signed: fits as a two's-complement value; unsigned: as a zero-extended one; bitfield: either. */
type OverflowCheck = 'signed' | 'unsigned' | 'bitfield' | 'none';

interface RelocationKind {
  size: 1 | 2 | 4 | 8;
  formula: Formula;
  check: OverflowCheck;
}

// PLT32 goes straight to the symbol: a libc function's address is already its shim stub.
const RELOCATION_KINDS: Readonly<Record<number, RelocationKind>> = {
  [R_X86_64_64]: { size: 8, formula: 'S + A', check: 'none' },
  [R_X86_64_PC32]: { size: 4, formula: 'S + A - P', check: 'signed' },
  [R_X86_64_PLT32]: { size: 4, formula: 'S + A - P', check: 'signed' },
  [R_X86_64_GOTPCREL]: { size: 4, formula: 'G + A - P', check: 'signed' },
  [R_X86_64_GOTPCRELX]: { size: 4, formula: 'G + A - P', check: 'signed' },
  [R_X86_64_REX_GOTPCRELX]: { size: 4, formula: 'G + A - P', check: 'signed' },
  [R_X86_64_32]: { size: 4, formula: 'S + A', check: 'unsigned' },
  [R_X86_64_32S]: { size: 4, formula: 'S + A', check: 'signed' },
  [R_X86_64_16]: { size: 2, formula: 'S + A', check: 'bitfield' },
  [R_X86_64_PC16]: { size: 2, formula: 'S + A - P', check: 'signed' },
  [R_X86_64_8]: { size: 1, formula: 'S + A', check: 'bitfield' },
  [R_X86_64_PC8]: { size: 1, formula: 'S + A - P', check: 'signed' },
  [R_X86_64_PC64]: { size: 8, formula: 'S + A - P', check: 'none' },
};

const GOT_ENTRY_SIZE = 8;

export interface RelocationInput {
  objects: readonly ObjectFile[];
  sectionAddress: readonly Map<number, number>[];
  symbolAddresses: readonly (number | undefined)[][];
  segments: LoadedSegment[];
  gotBase: number;
}

/** Patches the segments in place; returns the GOT segment (if any GOT slot is used) and ld-style errors. */
export function applyRelocations(input: RelocationInput): { got?: LoadedSegment; errors: string[] } {
  const errors: string[] = [];
  const gotSlots = new Map<number, number>(); // symbol address -> slot address
  const gotSlot = (target: number): number => {
    let slot = gotSlots.get(target);
    if (slot === undefined) {
      slot = input.gotBase + gotSlots.size * GOT_ENTRY_SIZE;
      gotSlots.set(target, slot);
    }
    return slot;
  };

  input.objects.forEach((object, objectIndex) => {
    for (const relocation of object.relocations) {
      if (relocation.type === R_X86_64_NONE) continue;
      const sectionBase = input.sectionAddress[objectIndex].get(relocation.sectionIndex);
      if (sectionBase === undefined) continue; // a section that is not loaded (debug information)
      const place = sectionBase + relocation.offset;
      const fail = (text: string) => errors.push(placeMessage(describePlace(object, relocation.sectionIndex, relocation.offset), text));

      const kind = RELOCATION_KINDS[relocation.type];
      if (!kind) {
        fail(`unsupported relocation type ${relocation.typeName} against ${describeTarget(object, relocation)}`);
        continue;
      }
      const symbolAddress = input.symbolAddresses[objectIndex][relocation.symbolIndex];
      if (symbolAddress === undefined) {
        fail(`undefined reference to \`${relocation.symbolName}'`);
        continue;
      }
      const value = computeValue(kind.formula, BigInt(symbolAddress), relocation.addend, BigInt(place), () => BigInt(gotSlot(symbolAddress)));
      if (!fits(value, kind.size, kind.check)) {
        fail(`relocation truncated to fit: ${relocation.typeName} against ${describeTarget(object, relocation)}`);
        continue;
      }
      if (!writeAt(input.segments, place, value, kind.size)) {
        fail(`relocation ${relocation.typeName} at 0x${place.toString(16)} is outside its section`);
      }
    }
  });

  if (gotSlots.size === 0) return { errors };
  const bytes = new Uint8Array(gotSlots.size * GOT_ENTRY_SIZE);
  const view = new DataView(bytes.buffer);
  for (const [target, slot] of gotSlots) view.setBigUint64(slot - input.gotBase, BigInt.asUintN(64, BigInt(target)), true);
  const got: LoadedSegment = { name: 'got', address: input.gotBase, size: pageAlignUp(bytes.length), protection: UC_PROT_READ, bytes };
  return { got, errors };
}

function computeValue(formula: Formula, S: bigint, A: bigint, P: bigint, G: () => bigint): bigint {
  switch (formula) {
    case 'S + A':
      return S + A;
    case 'S + A - P':
      return S + A - P;
    case 'G + A - P':
      return G() + A - P;
  }
}

function fits(value: bigint, size: number, check: OverflowCheck): boolean {
  const bits = BigInt(size * 8);
  const signedFits = value >= -(1n << (bits - 1n)) && value < 1n << (bits - 1n);
  const unsignedFits = value >= 0n && value < 1n << bits;
  switch (check) {
    case 'signed':
      return signedFits;
    case 'unsigned':
      return unsignedFits;
    case 'bitfield':
      return signedFits || unsignedFits;
    case 'none':
      return true;
  }
}

function writeAt(segments: readonly LoadedSegment[], address: number, value: bigint, size: number): boolean {
  const segment = segments.find((s) => address >= s.address && address + size <= s.address + s.bytes.length);
  if (!segment) return false;
  const view = new DataView(segment.bytes.buffer, segment.bytes.byteOffset, segment.bytes.byteLength);
  const at = address - segment.address;
  const unsigned = BigInt.asUintN(size * 8, value);
  if (size === 8) view.setBigUint64(at, unsigned, true);
  else if (size === 4) view.setUint32(at, Number(unsigned), true);
  else if (size === 2) view.setUint16(at, Number(unsigned), true);
  else view.setUint8(at, Number(unsigned));
  return true;
}

/** `.data' for a section symbol, as ld says it; `symbol `foo'' otherwise. */
function describeTarget(object: ObjectFile, relocation: ObjectRelocation): string {
  const symbol = object.symbols[relocation.symbolIndex];
  return symbol?.type === STT_SECTION ? `\`${relocation.symbolName}'` : `symbol \`${relocation.symbolName}'`;
}
