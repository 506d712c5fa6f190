// --trace: a code hook on the program's text (only when asked, since it slows every instruction)
// printing each instruction before it runs: `0x401000 <main>: push rbp`.

import type { Disassembler } from '../../emulator/disassemble.ts';
import { UC_PROT_EXEC, type Engine } from '../../emulator/engine.ts';
import type { LoadedImage } from '../link/image.ts';
import { annotateTarget, hex, symbolize } from './describe-address.ts';

export function traceInstructions(engine: Engine, image: LoadedImage, disassembler: Disassembler, print: (line: string) => void): void {
  for (const segment of image.segments) {
    if ((segment.protection & UC_PROT_EXEC) === 0) continue;
    engine.hookCode(segment.address, segment.address + segment.size - 1, (address) => {
      const bytes = engine.readMemory(address, Math.min(15, segment.address + segment.size - address));
      const instruction = disassembler.decode(bytes, address);
      const symbol = symbolize(image, address);
      print(`${hex(address)}${symbol ? ` <${symbol}>` : ''}: ${instruction ? annotateTarget(image, instruction.text) : '(bad)'}`);
    });
  }
}
