// How ld names a place in an object for its messages: an object, section and offset in, the
// `hello.o: in function `main':` header and the `hello.asm:(.text+0x8)` position out. The
// "function" is the nearest symbol at or before the offset; the file is the object's STT_FILE name.

import { STT_FILE, STT_SECTION } from '../elf/constants.ts';
import type { ObjectFile } from '../elf/read.ts';

export interface ObjectPlace {
  /** `hello.o: in function `main':`, or undefined when no symbol precedes the place. */
  header?: string;
  /** `hello.asm:(.text+0x8)` */
  position: string;
}

export function describePlace(object: ObjectFile, sectionIndex: number, offset: number): ObjectPlace {
  const section = object.sections[sectionIndex];
  const file = object.symbols.find((s) => s.type === STT_FILE)?.name;
  const position = `${file ? `${file}:` : ''}(${section?.name ?? '?'}+0x${offset.toString(16)})`;
  let nearest: { name: string; value: bigint } | undefined;
  for (const symbol of object.symbols) {
    if (symbol.sectionIndex !== sectionIndex || symbol.type === STT_SECTION || symbol.type === STT_FILE || !symbol.name) continue;
    if (symbol.value <= BigInt(offset) && (!nearest || symbol.value >= nearest.value)) nearest = symbol;
  }
  const header = nearest ? `${object.name}: in function \`${nearest.name}':` : undefined;
  return { header, position };
}

/** ld's two-line message: the header (when there is one) and the position-prefixed text. */
export function placeMessage(place: ObjectPlace, text: string): string {
  return place.header ? `${place.header}\n${place.position}: ${text}` : `${place.position}: ${text}`;
}
