// The shim registry's entries: `shim(prototype, body)` pairs a C prototype with its TypeScript
// body. Family modules (stdio.ts, string.ts, ...) export lists of entries; index.ts gathers them.

import { parsePrototype, type Prototype, type ShimArgs } from './prototype.ts';
import type { LibcContext } from './context.ts';
import type { VarArgs } from './var-args.ts';

/**
 * What a body returns: a number (an int result goes back as its low 32 bits zero-extended, as
 * glibc's 32-bit arithmetic leaves rax; a pointer or 64-bit result as is; a double in xmm0), a
 * bigint (put in rax exactly: for the few functions whose rax glibc leaves wider than their C
 * type, such as atoi returning strtol's long), or nothing for void.
 */
export type ShimResult = number | bigint | void;

export interface ShimEntry {
  readonly prototype: Prototype;
  readonly body: (args: Record<string, number | bigint>, context: LibcContext, varArgs: VarArgs) => ShimResult;
}

export function shim<const P extends string>(
  prototype: P,
  body: (args: ShimArgs<P>, context: LibcContext, varArgs: VarArgs) => ShimResult,
): ShimEntry {
  return { prototype: parsePrototype(prototype), body: body as unknown as ShimEntry['body'] };
}
