// Naming a guest address for people: an address and the loaded image in, `main+0x12` (nearest
// symbol at or below it, in the same section) and `hello.asm:15` (the source line, when the
// assembler supplied a line table) out.

import type { LoadedImage } from '../link/image.ts';

export function symbolize(image: LoadedImage, address: number): string | undefined {
  const external = image.externals.find((s) => s.address === address);
  if (external) return external.name;
  const section = sectionAt(image, address);
  if (!section) return undefined;
  let best: { name: string; address: number } | undefined;
  for (const symbol of image.symbols) {
    if (symbol.address > address) break;
    if (symbol.address >= section.address) best = symbol;
  }
  if (!best) return `${section.name}+0x${(address - section.address).toString(16)}`;
  const offset = address - best.address;
  return offset === 0 ? best.name : `${best.name}+0x${offset.toString(16)}`;
}

/** The line of the last line-table entry at or before `address` within the same section. */
export function sourceLine(image: LoadedImage, address: number): { file: string; line: number } | undefined {
  const section = sectionAt(image, address);
  if (!section) return undefined;
  let found: { file: string; line: number } | undefined;
  for (const entry of image.lines) {
    if (entry.address > address) break;
    if (entry.address >= section.address) found = entry;
  }
  return found;
}

/** Capstone's `call 0x200010` with the target named: `call 0x200010 <puts>`. */
export function annotateTarget(image: LoadedImage, instructionText: string): string {
  const target = /^(call|jmp|j[a-z]+) (0x[0-9a-f]+)$/.exec(instructionText);
  const name = target && symbolize(image, Number(target[2]));
  return name ? `${instructionText} <${name}>` : instructionText;
}

function sectionAt(image: LoadedImage, address: number) {
  return image.sections.find((s) => address >= s.address && address < s.address + Math.max(1, s.size));
}

export function hex(value: number): string {
  return `0x${value.toString(16)}`;
}
