// NASM's ELF section defaults as data: a section's name in, its type, flags, alignment and entry
// size out, then the `progbits nobits alloc exec write align=` attributes applied on top.

import {
  SHF_ALLOC, SHF_EXECINSTR, SHF_TLS, SHF_WRITE, SHT_FINI_ARRAY, SHT_INIT_ARRAY, SHT_NOBITS, SHT_NOTE,
  SHT_PREINIT_ARRAY, SHT_PROGBITS,
} from '../elf/constants.ts';
import type { SectionAttributes } from '../parse/program.ts';

export interface SectionShape {
  type: number;
  flags: number;
  align: number;
  entsize: number;
}

const KNOWN_SECTIONS: Readonly<Record<string, SectionShape>> = {
  '.text': { type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_EXECINSTR, align: 16, entsize: 0 },
  '.data': { type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_WRITE, align: 4, entsize: 0 },
  '.rodata': { type: SHT_PROGBITS, flags: SHF_ALLOC, align: 4, entsize: 0 },
  '.bss': { type: SHT_NOBITS, flags: SHF_ALLOC | SHF_WRITE, align: 4, entsize: 0 },
  '.tdata': { type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_WRITE | SHF_TLS, align: 4, entsize: 0 },
  '.tbss': { type: SHT_NOBITS, flags: SHF_ALLOC | SHF_WRITE | SHF_TLS, align: 4, entsize: 0 },
  '.ldata': { type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_WRITE, align: 4, entsize: 0 },
  '.lrodata': { type: SHT_PROGBITS, flags: SHF_ALLOC, align: 4, entsize: 0 },
  '.lbss': { type: SHT_NOBITS, flags: SHF_ALLOC | SHF_WRITE, align: 4, entsize: 0 },
  '.comment': { type: SHT_PROGBITS, flags: 0, align: 1, entsize: 0 },
  '.note': { type: SHT_NOTE, flags: 0, align: 4, entsize: 0 },
  '.init_array': { type: SHT_INIT_ARRAY, flags: SHF_ALLOC, align: 8, entsize: 8 },
  '.fini_array': { type: SHT_FINI_ARRAY, flags: SHF_ALLOC, align: 8, entsize: 8 },
  '.preinit_array': { type: SHT_PREINIT_ARRAY, flags: SHF_ALLOC, align: 8, entsize: 8 },
};

const OTHER_SECTION: SectionShape = { type: SHT_PROGBITS, flags: SHF_ALLOC, align: 1, entsize: 0 };

const ATTRIBUTE_TYPES: Readonly<Record<string, number>> = {
  progbits: SHT_PROGBITS, nobits: SHT_NOBITS, note: SHT_NOTE,
  init_array: SHT_INIT_ARRAY, fini_array: SHT_FINI_ARRAY, preinit_array: SHT_PREINIT_ARRAY,
};

export function sectionShape(name: string, attributes: SectionAttributes): SectionShape {
  const shape = { ...(KNOWN_SECTIONS[name] ?? OTHER_SECTION) };
  if (attributes.type) shape.type = ATTRIBUTE_TYPES[attributes.type]!;
  const flag = (on: boolean | undefined, bit: number): void => {
    if (on === true) shape.flags |= bit;
    if (on === false) shape.flags &= ~bit;
  };
  flag(attributes.alloc, SHF_ALLOC);
  flag(attributes.exec, SHF_EXECINSTR);
  flag(attributes.write, SHF_WRITE);
  flag(attributes.tls, SHF_TLS);
  // nasm keeps a known section's default alignment only when none of its attributes is written
  const written = attributes.type !== undefined || attributes.alloc !== undefined || attributes.exec !== undefined
    || attributes.write !== undefined || attributes.tls !== undefined;
  if (written) shape.align = 1;
  if (attributes.align !== undefined) shape.align = attributes.align;
  return shape;
}
