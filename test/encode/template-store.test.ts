// Keystone's encodings kept between runs: a stored template answers without Keystone, a shape the
// store lacks loads Keystone and the assembly comes out as it would have, refusals are kept as
// refusals, and a file from another Keystone or format is not trusted.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assembleSource } from '../../src/assemble.ts';
import { KeystoneError, KeystoneNotLoaded, TemplateEncoder } from '../../src/encode/keystone.ts';
import { TemplateStore } from '../../src/encode/template-store.ts';
import { readObject } from '../../src/elf/read.ts';

const storeDirectory = () => mkdtempSync(join(tmpdir(), 'run-asm-templates-'));
const storeFile = (directory: string) => join(directory, 'keystone-templates-64.txt');

describe('template store', () => {
  it('answers a stored template without Keystone, and asks for Keystone on a shape it lacks', async () => {
    const directory = storeDirectory();
    const first = await TemplateEncoder.create(64, TemplateStore.open(directory, 64));
    const built = first.encode('add eax, {0}', ['i32']);
    expect(() => first.encode('frobnicate eax', [])).toThrow(KeystoneError);
    first.saveTemplates();

    const later = new TemplateEncoder(64, TemplateStore.open(directory, 64));
    const recalled = later.encode('add eax, {0}', ['i32']);
    expect(Buffer.from(recalled.bytes).toString('hex')).toBe(Buffer.from(built.bytes).toString('hex'));
    expect(recalled.fields).toEqual(built.fields);
    expect(() => later.encode('frobnicate eax', [])).toThrow(KeystoneError);
    expect(() => later.encode('sub eax, {0}', ['i32'])).toThrow(KeystoneNotLoaded);
    expect(later.loadStarted).toBe(false);
  });

  it('does not trust a file written for another Keystone', async () => {
    const directory = storeDirectory();
    const encoder = await TemplateEncoder.create(64, TemplateStore.open(directory, 64));
    encoder.encode('add eax, {0}', ['i32']);
    encoder.saveTemplates();
    expect(TemplateStore.open(directory, 64).get('add eax, {0}|i32')).toBeDefined();
    const text = readFileSync(storeFile(directory), 'latin1');
    writeFileSync(storeFile(directory), text.replace(/keystone-wasm@\S+/, 'keystone-wasm@0.0.0'));
    expect(TemplateStore.open(directory, 64).isEmpty).toBe(true);
    expect(TemplateStore.open(directory, 64).get('add eax, {0}|i32')).toBeUndefined();
    writeFileSync(storeFile(directory), 'not a store\nadd eax, {0}|i32\t00 1,4\n');
    expect(TemplateStore.open(directory, 64).get('add eax, {0}|i32')).toBeUndefined();
  });

  it('keeps what concurrent runs wrote', async () => {
    const directory = storeDirectory();
    const one = TemplateStore.open(directory, 64);
    const two = TemplateStore.open(directory, 64);
    const encoderOne = await TemplateEncoder.create(64, one);
    const encoderTwo = await TemplateEncoder.create(64, two);
    encoderOne.encode('add eax, {0}', ['i32']);
    encoderTwo.encode('sub eax, {0}', ['i32']);
    encoderOne.saveTemplates();
    encoderTwo.saveTemplates();
    const reopened = TemplateStore.open(directory, 64);
    expect(reopened.get('add eax, {0}|i32')).toBeDefined();
    expect(reopened.get('sub eax, {0}|i32')).toBeDefined();
    expect(reopened.get('eax, {0}|i32')).toBeUndefined();
  });

  it('an assembly that meets a shape the store lacks loads Keystone and comes out as nasm\'s', async () => {
    // the first assembly in this process decides the store: one entry, so Keystone is not loaded up front
    const directory = storeDirectory();
    const seed = await TemplateEncoder.create(64, TemplateStore.open(directory, 64));
    seed.encode('ret', []);
    seed.saveTemplates();
    const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
    const source = readFileSync(join(fixtures, 'immediates.asm'), 'latin1');
    const stored = await assembleSource('immediates.asm', source, { templateDirectory: directory });
    expect(readFileSync(storeFile(directory), 'latin1').split('\n').length).toBeGreaterThan(10);
    expect(stored.diagnostics.filter((d) => d.severity !== 'warning')).toEqual([]);
    const text = (bytes: Uint8Array, name: string) => Buffer.from(readObject(bytes, name).sections.find((s) => s.name === '.text')!.data).toString('hex');
    expect(text(stored.object!, 'ours')).toBe(text(readFileSync(join(fixtures, 'immediates.o')), 'nasm'));
  });
});
