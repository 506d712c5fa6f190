// The object cache: a second assembly of unchanged files is answered from disk; a change to the
// source or to any file it read misses; sources it must not trust, and unclean results, are not kept;
// the least recently used entries go once there are too many.

import { mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssembleOptions, AssembleResult } from '../../src/assemble.ts';
import { cacheDirectory } from '../../src/common/cache-directory.ts';
import { assembleCached, MAX_ENTRIES } from '../../src/run/object-cache.ts';

/** A stand-in assembler: the "object" is the text of the source and of the file it %includes. */
function fakeAssembler() {
  const calls: string[] = [];
  const assemble = async (path: string, options: AssembleOptions): Promise<AssembleResult> => {
    calls.push(path);
    const text = options.readFile!(path) ?? '';
    const include = /%include "(.*)"/.exec(text);
    const included = include ? (options.readFile!(join(path, '..', include[1])) ?? '') : '';
    const warn = text.includes('warn');
    return {
      object: new TextEncoder().encode(text + included),
      diagnostics: warn ? [{ file: path, line: 1, severity: 'warning', message: 'w' }] : [],
      lineTable: [{ section: '.text', offset: 0, file: path, line: 1 }],
    };
  };
  return { assemble, calls };
}

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'run-asm-cache-'));
  return { cache: join(root, 'cache'), source: join(root, 'main.asm'), include: join(root, 'inc.asm') };
}

const text = (result: AssembleResult) => new TextDecoder().decode(result.object);

describe('object cache', () => {
  it('answers an unchanged source from disk, with its line table', async () => {
    const { cache, source, include } = setup();
    writeFileSync(source, '%include "inc.asm"\nmain: ret\n');
    writeFileSync(include, 'x equ 1\n');
    const { assemble, calls } = fakeAssembler();
    const first = await assembleCached(cache, source, {}, assemble);
    const second = await assembleCached(cache, source, {}, assemble);
    expect(calls).toHaveLength(1);
    expect(text(second)).toBe(text(first));
    expect(second.lineTable).toEqual(first.lineTable);
    expect(second.diagnostics).toEqual([]);
  });

  it('misses when the source, an included file or the options change', async () => {
    const { cache, source, include } = setup();
    writeFileSync(source, '%include "inc.asm"\nmain: ret\n');
    writeFileSync(include, 'x equ 1\n');
    const { assemble, calls } = fakeAssembler();
    await assembleCached(cache, source, {}, assemble);
    writeFileSync(include, 'x equ 2\n');
    expect(text(await assembleCached(cache, source, {}, assemble))).toContain('x equ 2');
    writeFileSync(source, '%include "inc.asm"\nmain: nop\n');
    expect(text(await assembleCached(cache, source, {}, assemble))).toContain('nop');
    await assembleCached(cache, source, { defines: { X: '1' } }, assemble);
    expect(calls).toHaveLength(4);
  });

  it('keeps neither results with diagnostics nor sources that read more than their includes', async () => {
    const { cache, source } = setup();
    const { assemble, calls } = fakeAssembler();
    writeFileSync(source, 'main: ret ; warn\n');
    await assembleCached(cache, source, {}, assemble);
    expect((await assembleCached(cache, source, {}, assemble)).diagnostics).toHaveLength(1);
    writeFileSync(source, 'blob: incbin "data.bin"\n');
    await assembleCached(cache, source, {}, assemble);
    await assembleCached(cache, source, {}, assemble);
    expect(calls).toHaveLength(4);
  });

  it('keeps at most MAX_ENTRIES entries, dropping the least recently used', async () => {
    const { cache, source } = setup();
    writeFileSync(source, 'main: ret\n');
    const { assemble, calls } = fakeAssembler();
    const options = (n: number): AssembleOptions => ({ defines: { N: String(n) } });
    for (let n = 0; n < MAX_ENTRIES; n++) await assembleCached(cache, source, options(n), assemble);
    const entries = () => readdirSync(cache).filter((name) => name.endsWith('.json'));
    expect(entries()).toHaveLength(MAX_ENTRIES);
    // age every entry, each a second apart; then use the one for N=0 again
    const aged = entries();
    const hourAgo = Date.now() / 1000 - 3600;
    aged.forEach((name, k) => utimesSync(join(cache, name), hourAgo + k, hourAgo + k));
    await assembleCached(cache, source, options(0), assemble);
    expect(calls).toHaveLength(MAX_ENTRIES);
    const used = aged.filter((name) => statSync(join(cache, name)).mtimeMs > (hourAgo + 3600 - 60) * 1000);
    expect(used).toHaveLength(1);

    await assembleCached(cache, source, options(MAX_ENTRIES), assemble);
    const kept = new Set(entries());
    expect(kept.size).toBeLessThan(MAX_ENTRIES);
    const removed = aged.filter((name) => !kept.has(name));
    expect(removed).toEqual(aged.filter((name) => name !== used[0]).slice(0, removed.length));
    await assembleCached(cache, source, options(0), assemble);
    expect(calls).toHaveLength(MAX_ENTRIES + 1); // still answered from disk
  });

  it('lives under XDG_CACHE_HOME or ~/.cache and can be turned off', () => {
    expect(cacheDirectory({ XDG_CACHE_HOME: '/x' })).toBe(join('/x', 'run-asm'));
    expect(cacheDirectory({ XDG_CACHE_HOME: '/x', RUN_ASM_NO_CACHE: '1' })).toBeUndefined();
  });
});
