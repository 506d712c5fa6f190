// Section layout: the allocatable sections of every object in, segments out. Same-named sections
// merge across objects in input order (each piece at its own alignment); executable sections go to
// the r-x text segment, read-only data to r--, writable data and bss to rw-, each page-aligned from
// IMAGE_BASE. Common symbols get space at the end of bss.

import { SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHT_NOBITS } from '../elf/constants.ts';
import type { ObjectFile, ObjectSection } from '../elf/read.ts';
import { UC_PROT_EXEC, UC_PROT_READ, UC_PROT_WRITE } from '../../emulator/engine.ts';
import type { LoadedSegment, PlacedSection } from './image.ts';
import { IMAGE_BASE, pageAlignUp } from './memory-map.ts';

interface SegmentKind {
  name: string;
  protection: number;
  holds(section: ObjectSection): boolean;
}

const SEGMENT_KINDS: readonly SegmentKind[] = [
  { name: 'text', protection: UC_PROT_READ | UC_PROT_EXEC, holds: (s) => (s.flags & SHF_EXECINSTR) !== 0 },
  { name: 'rodata', protection: UC_PROT_READ, holds: (s) => (s.flags & (SHF_EXECINSTR | SHF_WRITE)) === 0 },
  { name: 'data', protection: UC_PROT_READ | UC_PROT_WRITE, holds: (s) => (s.flags & SHF_WRITE) !== 0 && (s.flags & SHF_EXECINSTR) === 0 },
];

/** Space for one common symbol, placed after everything else in the data segment. */
export interface CommonBlock {
  name: string;
  size: number;
  alignment: number;
}

export interface Layout {
  segments: LoadedSegment[];
  /** Address of each placed input section: `sectionAddress[objectIndex].get(sectionIndex)`. */
  sectionAddress: Map<number, number>[];
  sections: PlacedSection[];
  commonAddress: Map<string, number>;
  /** First page-aligned address after the image. */
  end: number;
}

interface Piece {
  objectIndex: number;
  section: ObjectSection;
  object: string;
}

export function layoutSections(objects: readonly ObjectFile[], commons: readonly CommonBlock[]): Layout {
  const sectionAddress = objects.map(() => new Map<number, number>());
  const sections: PlacedSection[] = [];
  const commonAddress = new Map<string, number>();
  const segments: LoadedSegment[] = [];
  let address = IMAGE_BASE;

  for (const kind of SEGMENT_KINDS) {
    const groups = groupByName(objects, kind);
    const start = address;
    const writes: { at: number; data: Uint8Array }[] = [];
    let cursor = start;
    for (const pieces of groups) {
      for (const { objectIndex, section, object } of pieces) {
        cursor = alignUp(cursor, section.addralign);
        sectionAddress[objectIndex].set(section.index, cursor);
        sections.push({ object, name: section.name, address: cursor, size: section.size });
        if (section.type !== SHT_NOBITS) writes.push({ at: cursor, data: section.data });
        cursor += section.size;
      }
    }
    if (kind.name === 'data') {
      for (const common of commons) {
        cursor = alignUp(cursor, common.alignment);
        commonAddress.set(common.name, cursor);
        cursor += common.size;
      }
    }
    if (cursor === start) continue;
    const size = pageAlignUp(cursor - start);
    // bss (placed last) stays out of `bytes`: freshly mapped guest memory is already zero
    const initializedEnd = writes.reduce((end, { at, data }) => Math.max(end, at + data.length), start);
    const bytes = new Uint8Array(initializedEnd - start);
    for (const { at, data } of writes) bytes.set(data, at - start);
    segments.push({ name: kind.name, address: start, size, protection: kind.protection, bytes });
    address = start + size;
  }
  return { segments, sectionAddress, sections, commonAddress, end: address };
}

/** The allocatable sections a segment holds, grouped by name in order of first appearance (progbits before bss). */
function groupByName(objects: readonly ObjectFile[], kind: SegmentKind): Piece[][] {
  const groups = new Map<string, Piece[]>();
  objects.forEach((object, objectIndex) => {
    for (const section of object.sections) {
      if ((section.flags & SHF_ALLOC) === 0 || !kind.holds(section)) continue;
      const key = `${section.type === SHT_NOBITS ? 1 : 0}${section.name}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push({ objectIndex, section, object: object.name });
    }
  });
  return [...groups.entries()].sort(([a], [b]) => Number(a[0]) - Number(b[0])).map(([, pieces]) => pieces);
}

function alignUp(value: number, alignment: number): number {
  return alignment > 1 ? Math.ceil(value / alignment) * alignment : value;
}
