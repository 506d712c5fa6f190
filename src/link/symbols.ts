// Symbol resolution: objects and their placed sections in, an address for every symbol of every
// object out (or undefined when nothing defines it). Globals resolve across objects; what no object
// defines goes to a libc shim stub (functions) or libc's data (stdin, stdout, stderr). Two strong
// definitions of one name are ld's `multiple definition' error.

import { SHN_ABS, SHN_COMMON, SHN_UNDEF, STB_GLOBAL, STB_LOCAL, STB_WEAK, STT_FILE, STT_SECTION } from '../elf/constants.ts';
import type { ObjectFile, ObjectSymbol } from '../elf/read.ts';
import type { ImageSymbol } from './image.ts';
import type { CommonBlock, Layout } from './layout.ts';
import { describePlace, placeMessage } from './locations.ts';

/** What lies outside the objects: the runtime's libc. */
export interface ExternalSymbols {
  /** The stub address for a libc function, or undefined when libc has no such function. */
  functionAddress(name: string): number | undefined;
  /** The address of a libc data object (`stdin` is an 8-byte FILE* variable), or undefined. */
  dataAddress(name: string): number | undefined;
}

interface GlobalDefinition {
  address: number;
  objectIndex: number;
  symbol: ObjectSymbol;
}

export interface SymbolTable {
  /** `addresses[objectIndex][symbolIndex]` */
  addresses: (number | undefined)[][];
  globals: Map<string, GlobalDefinition>;
  /** Every named symbol defined in the image, sorted by address, for crash reports. */
  imageSymbols: ImageSymbol[];
  /** The libc names the objects refer to, where they resolved. */
  externals: ImageSymbol[];
  errors: string[];
}

/** Common symbols no object defines for real; they get space in bss. */
export function collectCommons(objects: readonly ObjectFile[]): CommonBlock[] {
  const defined = new Set<string>();
  const commons = new Map<string, CommonBlock>();
  for (const object of objects) {
    for (const symbol of object.symbols) {
      if (symbol.binding === STB_LOCAL) continue;
      if (symbol.sectionIndex === SHN_COMMON) {
        const previous = commons.get(symbol.name);
        commons.set(symbol.name, {
          name: symbol.name,
          size: Math.max(previous?.size ?? 0, Number(symbol.size)),
          alignment: Math.max(previous?.alignment ?? 1, Number(symbol.value)),
        });
      } else if (symbol.sectionIndex !== SHN_UNDEF) {
        defined.add(symbol.name);
      }
    }
  }
  return [...commons.values()].filter((c) => !defined.has(c.name));
}

export function resolveSymbols(objects: readonly ObjectFile[], layout: Layout, external: ExternalSymbols): SymbolTable {
  const errors: string[] = [];
  const globals = new Map<string, GlobalDefinition>();

  const definedAddress = (objectIndex: number, symbol: ObjectSymbol): number | undefined => {
    if (symbol.sectionIndex === SHN_ABS) return Number(BigInt.asIntN(64, symbol.value));
    if (symbol.sectionIndex === SHN_COMMON) return layout.commonAddress.get(symbol.name);
    const base = layout.sectionAddress[objectIndex].get(symbol.sectionIndex);
    return base === undefined ? undefined : base + Number(symbol.value);
  };

  objects.forEach((object, objectIndex) => {
    for (const symbol of object.symbols) {
      if (symbol.binding === STB_LOCAL || symbol.sectionIndex === SHN_UNDEF) continue;
      const address = definedAddress(objectIndex, symbol);
      if (address === undefined) continue;
      const previous = globals.get(symbol.name);
      const strong = symbol.binding === STB_GLOBAL && symbol.sectionIndex !== SHN_COMMON;
      if (!previous || (strong && previous.symbol.binding === STB_WEAK)) {
        globals.set(symbol.name, { address, objectIndex, symbol });
      } else if (strong && previous.symbol.binding === STB_GLOBAL && previous.symbol.sectionIndex !== SHN_COMMON) {
        errors.push(multipleDefinition(objects, objectIndex, symbol, previous));
      }
    }
  });

  const externals = new Map<string, number>();
  const addresses = objects.map((object, objectIndex) =>
    object.symbols.map((symbol) => {
      if (symbol.index === 0) return 0;
      if (symbol.type === STT_SECTION) return layout.sectionAddress[objectIndex].get(symbol.sectionIndex);
      if (symbol.binding !== STB_LOCAL) {
        const global = globals.get(symbol.name);
        if (global) return global.address;
      } else if (symbol.sectionIndex !== SHN_UNDEF) {
        return definedAddress(objectIndex, symbol);
      }
      const outside = external.functionAddress(symbol.name) ?? external.dataAddress(symbol.name);
      if (outside !== undefined) {
        externals.set(symbol.name, outside);
        return outside;
      }
      return symbol.binding === STB_WEAK ? 0 : undefined; // an undefined weak symbol is 0, as in ld
    }),
  );

  const externalSymbols = [...externals].map(([name, address]) => ({ name, address, size: 0, object: 'libc' }));
  return { addresses, globals, imageSymbols: listImageSymbols(objects, addresses), externals: externalSymbols, errors };
}

function multipleDefinition(objects: readonly ObjectFile[], objectIndex: number, symbol: ObjectSymbol, first: GlobalDefinition): string {
  const place = describePlace(objects[objectIndex], symbol.sectionIndex, Number(symbol.value));
  const firstObject = objects[first.objectIndex];
  const firstPlace = describePlace(firstObject, first.symbol.sectionIndex, Number(first.symbol.value));
  return placeMessage(place, `multiple definition of \`${symbol.name}'; ${firstObject.name}:${firstPlace.position}: first defined here`);
}

function listImageSymbols(objects: readonly ObjectFile[], addresses: (number | undefined)[][]): ImageSymbol[] {
  const symbols: ImageSymbol[] = [];
  objects.forEach((object, objectIndex) => {
    for (const symbol of object.symbols) {
      if (!symbol.name || symbol.type === STT_SECTION || symbol.type === STT_FILE) continue;
      if (symbol.sectionIndex === SHN_UNDEF || symbol.sectionIndex === SHN_ABS) continue;
      const address = addresses[objectIndex][symbol.index];
      if (address === undefined) continue;
      symbols.push({ name: symbol.name, address, size: Number(symbol.size), object: object.name });
    }
  });
  return symbols.sort((a, b) => a.address - b.address);
}
