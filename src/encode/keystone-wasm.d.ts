// Types for the parts of the `keystone-wasm` package the encoder uses (its own typings are not
// reachable through the package's exports map under NodeNext resolution).

declare module 'keystone-wasm' {
  export class Keystone {
    constructor(arch: number, mode: number);
    setOption(option: number, value: number): number;
    asm(text: string, options?: { address?: number | bigint }): Uint8Array;
    close(): void;
  }
  export function loadKeystone(args?: Record<string, unknown>): Promise<void>;
  export const Const: {
    KS_ARCH_X86: number;
    KS_MODE_16: number;
    KS_MODE_32: number;
    KS_MODE_64: number;
    KS_OPT_SYNTAX: number;
    KS_OPT_SYNTAX_NASM: number;
  };
}
