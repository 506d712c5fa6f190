// ELF64 constants for x86-64 relocatable objects, spelled as the ELF and x86-64 psABI specs spell them.

export const EI_MAG0 = 0;
export const EI_CLASS = 4;
export const EI_DATA = 5;
export const EI_VERSION = 6;
export const EI_OSABI = 7;

export const ELFCLASS64 = 2;
export const ELFDATA2LSB = 1;
export const EV_CURRENT = 1;
export const ELFOSABI_SYSV = 0;
export const ET_REL = 1;
export const EM_X86_64 = 62;

export const ELF64_EHDR_SIZE = 64;
export const ELF64_SHDR_SIZE = 64;
export const ELF64_SYM_SIZE = 24;
export const ELF64_RELA_SIZE = 24;

export const SHN_UNDEF = 0;
export const SHN_ABS = 0xfff1;
export const SHN_COMMON = 0xfff2;

export const SHT_NULL = 0;
export const SHT_PROGBITS = 1;
export const SHT_SYMTAB = 2;
export const SHT_STRTAB = 3;
export const SHT_RELA = 4;
export const SHT_NOTE = 7;
export const SHT_NOBITS = 8;
export const SHT_INIT_ARRAY = 14;
export const SHT_FINI_ARRAY = 15;
export const SHT_PREINIT_ARRAY = 16;
export const SHT_GROUP = 17;

export const SHF_WRITE = 0x1;
export const SHF_ALLOC = 0x2;
export const SHF_EXECINSTR = 0x4;
export const SHF_MERGE = 0x10;
export const SHF_STRINGS = 0x20;
export const SHF_INFO_LINK = 0x40;
export const SHF_TLS = 0x400;

export const STB_LOCAL = 0;
export const STB_GLOBAL = 1;
export const STB_WEAK = 2;

export const STT_NOTYPE = 0;
export const STT_OBJECT = 1;
export const STT_FUNC = 2;
export const STT_SECTION = 3;
export const STT_FILE = 4;
export const STT_COMMON = 5;
export const STT_TLS = 6;
export const STT_GNU_IFUNC = 10;

export const STV_DEFAULT = 0;
export const STV_INTERNAL = 1;
export const STV_HIDDEN = 2;
export const STV_PROTECTED = 3;

export const R_X86_64_NONE = 0;
export const R_X86_64_64 = 1;
export const R_X86_64_PC32 = 2;
export const R_X86_64_GOT32 = 3;
export const R_X86_64_PLT32 = 4;
export const R_X86_64_GOTPCREL = 9;
export const R_X86_64_32 = 10;
export const R_X86_64_32S = 11;
export const R_X86_64_16 = 12;
export const R_X86_64_PC16 = 13;
export const R_X86_64_8 = 14;
export const R_X86_64_PC8 = 15;
export const R_X86_64_PC64 = 24;
export const R_X86_64_GOTOFF64 = 25;
export const R_X86_64_GOTPC32 = 26;
export const R_X86_64_GOT64 = 27;
export const R_X86_64_GOTPCREL64 = 28;
export const R_X86_64_GOTPC64 = 29;
export const R_X86_64_PLTOFF64 = 31;
export const R_X86_64_SIZE32 = 32;
export const R_X86_64_SIZE64 = 33;
export const R_X86_64_GOTPCRELX = 41;
export const R_X86_64_REX_GOTPCRELX = 42;

/** Names for messages and listings, keyed by relocation type number. */
export const RELOCATION_TYPE_NAMES: Readonly<Record<number, string>> = {
  [R_X86_64_NONE]: 'R_X86_64_NONE',
  [R_X86_64_64]: 'R_X86_64_64',
  [R_X86_64_PC32]: 'R_X86_64_PC32',
  [R_X86_64_GOT32]: 'R_X86_64_GOT32',
  [R_X86_64_PLT32]: 'R_X86_64_PLT32',
  [R_X86_64_GOTPCREL]: 'R_X86_64_GOTPCREL',
  [R_X86_64_32]: 'R_X86_64_32',
  [R_X86_64_32S]: 'R_X86_64_32S',
  [R_X86_64_16]: 'R_X86_64_16',
  [R_X86_64_PC16]: 'R_X86_64_PC16',
  [R_X86_64_8]: 'R_X86_64_8',
  [R_X86_64_PC8]: 'R_X86_64_PC8',
  [R_X86_64_PC64]: 'R_X86_64_PC64',
  [R_X86_64_GOTOFF64]: 'R_X86_64_GOTOFF64',
  [R_X86_64_GOTPC32]: 'R_X86_64_GOTPC32',
  [R_X86_64_GOT64]: 'R_X86_64_GOT64',
  [R_X86_64_GOTPCREL64]: 'R_X86_64_GOTPCREL64',
  [R_X86_64_GOTPC64]: 'R_X86_64_GOTPC64',
  [R_X86_64_PLTOFF64]: 'R_X86_64_PLTOFF64',
  [R_X86_64_SIZE32]: 'R_X86_64_SIZE32',
  [R_X86_64_SIZE64]: 'R_X86_64_SIZE64',
  [R_X86_64_GOTPCRELX]: 'R_X86_64_GOTPCRELX',
  [R_X86_64_REX_GOTPCRELX]: 'R_X86_64_REX_GOTPCRELX',
};
