// The linker: ELF objects (with their assemblers' line tables when there are any) and the runtime's
// libc symbols in, a `LoadedImage` out, or a `LinkError` with ld's messages before anything runs.
// Layout, symbol resolution and relocation are each their own module; this file chains them.

import type { ObjectFile } from '../elf/read.ts';
import type { ImageLine, LoadedImage, ObjectLineEntry } from './image.ts';
import { layoutSections, type Layout } from './layout.ts';
import { LinkError } from './link-error.ts';
import { HEAP_BASE, IMAGE_BASE } from './memory-map.ts';
import { applyRelocations } from './relocate.ts';
import { collectCommons, resolveSymbols, type ExternalSymbols } from './symbols.ts';

export { LinkError } from './link-error.ts';
export type { ExternalSymbols } from './symbols.ts';

export interface LinkInput {
  object: ObjectFile;
  lineTable?: readonly ObjectLineEntry[];
}

export function linkObjects(inputs: readonly LinkInput[], external: ExternalSymbols): LoadedImage {
  const objects = inputs.map((input) => input.object);
  const layout = layoutSections(objects, collectCommons(objects));
  const symbols = resolveSymbols(objects, layout, external);
  const relocated = applyRelocations({
    objects,
    sectionAddress: layout.sectionAddress,
    symbolAddresses: symbols.addresses,
    segments: layout.segments,
    gotBase: layout.end,
  });
  const errors = [...symbols.errors, ...relocated.errors];
  const imageEnd = layout.end + (relocated.got?.size ?? 0);
  if (imageEnd > HEAP_BASE) {
    errors.push(`run-asm: the program's sections need ${imageEnd - IMAGE_BASE} bytes from 0x${IMAGE_BASE.toString(16)}, past 0x${HEAP_BASE.toString(16)} where the heap starts`);
  }
  const main = symbols.globals.get('main');
  if (!main) errors.push("undefined reference to `main'");
  if (errors.length > 0) throw new LinkError(errors);

  return {
    segments: relocated.got ? [...layout.segments, relocated.got] : layout.segments,
    entry: main!.address,
    symbols: symbols.imageSymbols,
    externals: symbols.externals,
    sections: layout.sections,
    lines: placeLines(inputs, layout),
  };
}

function placeLines(inputs: readonly LinkInput[], layout: Layout): ImageLine[] {
  const lines: ImageLine[] = [];
  inputs.forEach(({ object, lineTable }, objectIndex) => {
    if (!lineTable) return;
    const byName = new Map(object.sections.map((s) => [s.name, layout.sectionAddress[objectIndex].get(s.index)]));
    for (const entry of lineTable) {
      const base = byName.get(entry.section);
      if (base !== undefined) lines.push({ address: base + entry.offset, file: entry.file, line: entry.line });
    }
  });
  return lines.sort((a, b) => a.address - b.address);
}
