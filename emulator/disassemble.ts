// x86-64 disassembly for fault reports, --trace and fault location: guest bytes in, one decoded
// instruction (Intel syntax, as Capstone prints it) out, or undefined when the bytes do not decode.


export interface DecodedInstruction {
  address: number;
  size: number;
  /** e.g. `mov rax, qword ptr [0x10]` */
  text: string;
  mnemonic: string;
}

export interface Disassembler {
  decode(bytes: Uint8Array, address: number): DecodedInstruction | undefined;
}

let shared: Promise<Disassembler> | undefined;

/** Capstone is WebAssembly and loads asynchronously, once per process, and only when needed (a fault or --trace). */
export function loadDisassembler(): Promise<Disassembler> {
  shared ??= (async () => {
    const { Capstone, Const, loadCapstone } = await import('capstone-wasm');
    await loadCapstone();
    const capstone = new Capstone(Const.CS_ARCH_X86, Const.CS_MODE_64);
    capstone.setOption(Const.CS_OPT_SYNTAX, Const.CS_OPT_SYNTAX_INTEL);
    return {
      decode(bytes: Uint8Array, address: number): DecodedInstruction | undefined {
        let decoded;
        try {
          decoded = capstone.disasm(bytes, { address, count: 1 });
        } catch {
          return undefined; // capstone-wasm throws when nothing decodes
        }
        const first = decoded[0];
        if (!first) return undefined;
        const text = first.opStr ? `${first.mnemonic} ${first.opStr}` : first.mnemonic;
        return { address, size: first.size, text, mnemonic: first.mnemonic };
      },
    };
  })();
  return shared;
}
