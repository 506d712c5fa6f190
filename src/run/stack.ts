// The initial stack as Linux builds it for a new process: argv and environment strings at the top,
// then (going down) auxv's AT_NULL, envp's pointers and NULL, argv's pointers and NULL, argc. main
// is then entered as __libc_start_main calls it: rdi = argc, rsi = argv, rdx = envp, with the return
// address (the exit stub) on top so that rsp is 8 mod 16.

import type { Engine } from '../../emulator/engine.ts';

export interface ProcessStack {
  /** rsp at main's first instruction. */
  rsp: number;
  argc: number;
  argv: number;
  envp: number;
}

const POINTER_SIZE = 8;
const AT_NULL = 0n;

export function buildStack(engine: Engine, stackTop: number, argv: readonly string[], environment: readonly string[], returnAddress: number): ProcessStack {
  let cursor = stackTop - POINTER_SIZE; // Linux leaves the very top word zero (end marker)
  const placeString = (text: string): number => {
    const bytes = new TextEncoder().encode(`${text}\0`);
    cursor -= bytes.length;
    engine.writeMemory(cursor, bytes);
    return cursor;
  };
  const environmentAddresses = environment.map(placeString);
  const argvAddresses = argv.map(placeString);

  const words: bigint[] = [
    BigInt(argv.length),
    ...argvAddresses.map(BigInt),
    0n,
    ...environmentAddresses.map(BigInt),
    0n,
    AT_NULL,
    0n,
  ];
  // the block starting with argc is 16-byte aligned, as the kernel leaves it for _start
  let base = Math.floor((cursor - words.length * POINTER_SIZE) / 16) * 16;
  const block = new DataView(new ArrayBuffer(words.length * POINTER_SIZE));
  words.forEach((word, i) => block.setBigUint64(i * POINTER_SIZE, word, true));
  engine.writeMemory(base, new Uint8Array(block.buffer));

  const argvAddress = base + POINTER_SIZE;
  const envpAddress = argvAddress + (argv.length + 1) * POINTER_SIZE;

  // main's frame: a 16-byte aligned boundary below, then the pushed return address
  base -= 16;
  const rsp = base - POINTER_SIZE;
  const returnWord = new DataView(new ArrayBuffer(POINTER_SIZE));
  returnWord.setBigUint64(0, BigInt(returnAddress), true);
  engine.writeMemory(rsp, new Uint8Array(returnWord.buffer));
  return { rsp, argc: argv.length, argv: argvAddress, envp: envpAddress };
}
