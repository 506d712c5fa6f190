// Finding the instruction that faulted: the start of the translated block (where Unicorn 2.0
// leaves rip after a memory fault) in, the faulting instruction's address out. Registers are exact
// at the fault, so each instruction of the block is tried alone from that state; the first that
// faults the same way is the one. Only used after a crash, so re-running instructions is harmless.

import type { Disassembler } from './disassemble.ts';
import type { Engine, RegisterName } from './engine.ts';

const GENERAL_REGISTERS: readonly RegisterName[] = [
  'rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'rbp', 'rsp',
  'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15', 'rflags',
];

// A translated block never runs past its first control transfer.
const BLOCK_ENDING = /^(j|call|ret|loop|syscall|sysenter|int|iret|hlt|ud)/;

const LONGEST_INSTRUCTION = 15;
const MAX_BLOCK_INSTRUCTIONS = 512;

export function locateFaultingInstruction(
  engine: Engine,
  disassembler: Disassembler,
  blockStart: number,
  faultsAlone: (address: number) => boolean,
): number | undefined {
  const registers = engine.registerBatch(GENERAL_REGISTERS);
  const atFault = BigUint64Array.from(registers.read());
  let address = blockStart;
  try {
    for (let count = 0; count < MAX_BLOCK_INSTRUCTIONS; count++) {
      const instruction = decodeAt(engine, disassembler, address);
      if (!instruction) return undefined;
      registers.write(atFault);
      if (faultsAlone(address)) return address;
      if (BLOCK_ENDING.test(instruction.mnemonic)) return undefined;
      address += instruction.size;
    }
    return undefined;
  } finally {
    registers.write(atFault);
  }
}

function decodeAt(engine: Engine, disassembler: Disassembler, address: number) {
  for (let length = LONGEST_INSTRUCTION; length > 0; length--) {
    let bytes: Uint8Array;
    try {
      bytes = engine.readMemory(address, length);
    } catch {
      continue; // the block may end near an unmapped page
    }
    return disassembler.decode(bytes, address);
  }
  return undefined;
}
