// A three-function libc for the runtime's own tests (puts, putchar, exit), keeping its output in
// memory. It has src/libc's Libc shape, so the process tests run without the real shims.

import type { Engine } from '../../emulator/engine.ts';
import type { Libc, LibcOptions } from '../../src/libc/index.ts';

export interface FakeLibc extends Libc {
  output: string;
}

export function createFakeLibc(options: LibcOptions): FakeLibc {
  const { engine } = options;
  const args = engine.registerBatch(['rdi']);
  const result = engine.registerBatch(['rax']);
  const names = ['puts', 'putchar', 'exit'] as const;
  let pending = '';
  const libc: FakeLibc = {
    output: '',
    exitStatus: undefined,
    killedBySignal: undefined,
    functionIndex: (name) => {
      const index = names.indexOf(name as (typeof names)[number]);
      return index < 0 ? undefined : index;
    },
    functionNames: () => names,
    dataSymbol: (name) => (name === 'stdout' ? options.data.base : undefined),
    invoke(index) {
      const [rdi] = args.read();
      switch (names[index]) {
        case 'puts':
          pending += `${readString(engine, Number(rdi))}\n`;
          result.write([1n]);
          break;
        case 'putchar':
          pending += String.fromCharCode(Number(rdi & 0xffn));
          result.write([rdi & 0xffn]);
          break;
        case 'exit':
          libc.exit(Number(BigInt.asIntN(32, rdi)));
          break;
      }
    },
    exit(status) {
      libc.flushAll();
      (libc as { exitStatus: number | undefined }).exitStatus = status;
      engine.stop();
    },
    flushAll() {
      libc.output += pending;
      pending = '';
    },
  };
  return libc;
}

function readString(engine: Engine, address: number): string {
  let text = '';
  for (;;) {
    const byte = engine.readMemory(address + text.length, 1)[0];
    if (byte === 0) return text;
    text += String.fromCharCode(byte);
  }
}
