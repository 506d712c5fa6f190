// Every case of the glibc-generated printf corpus, through format.ts, byte for byte.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ByteBuilder } from '../../src/libc/byte-builder.ts';
import { formatPrintf } from '../../src/libc/format.ts';
import { ListArguments, type ListArgument } from './list-arguments.ts';

interface CorpusArgument {
  kind: 'integer' | 'double' | 'longDouble' | 'string' | 'wideString';
  bits?: string;
  text?: string | null;
}
interface CorpusCase {
  format: string;
  args: CorpusArgument[];
  returned: number;
  expected: string;
}

const corpus = JSON.parse(readFileSync(new URL('./printf-corpus.json', import.meta.url), 'utf8')) as { cases: CorpusCase[] };

function toListArgument(arg: CorpusArgument): ListArgument {
  if (arg.kind === 'string' || arg.kind === 'wideString') return { kind: arg.kind, text: arg.text ?? null };
  return { kind: arg.kind, bits: BigInt('0x' + arg.bits) };
}

describe('printf corpus from glibc', () => {
  it('holds at least 300 cases', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(300);
  });

  it.each(corpus.cases.map((c, i) => [i, c] as const))('case %i', (_index, c) => {
    const args = new ListArguments(c.args.map(toListArgument));
    const out = new ByteBuilder();
    const returned = formatPrintf(new TextEncoder().encode(c.format), args, out);
    let bytes = Buffer.from(out.view());
    for (const store of args.stores) bytes = Buffer.concat([bytes, Buffer.of(store.count & 0xff)]);
    // every FORMAT_ failure code is printf's -1
    expect(returned < 0 ? -1 : returned).toBe(c.returned);
    // a failed call's text is not part of snprintf's contract; stdio's tests cover what reaches a stream
    if (c.returned >= 0) {
      expect({ format: c.format, text: bytes.toString('latin1') }).toEqual({ format: c.format, text: Buffer.from(c.expected, 'hex').toString('latin1') });
    }
  });
});
