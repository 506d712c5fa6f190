// Types for the parts of `capstone-wasm` the disassembler uses (its package.json `exports` hides
// the shipped declarations from NodeNext resolution).

declare module 'capstone-wasm' {
  interface Insn {
    id: number;
    address: number | bigint;
    size: number;
    bytes: Uint8Array;
    mnemonic: string;
    opStr: string;
  }
  export class Capstone {
    constructor(arch: number, mode: number);
    setOption(option: number, value: number): number;
    disasm(data: Uint8Array, options?: { address?: number | bigint; count?: number }): Insn[];
    close(): void;
  }
  export const Const: {
    CS_ARCH_X86: number;
    CS_MODE_64: number;
    CS_OPT_SYNTAX: number;
    CS_OPT_SYNTAX_INTEL: number;
  };
  export function loadCapstone(options?: Record<string, unknown>): Promise<void>;
}
