// Keystone's answers kept between runs: an instruction template's text and slot classes in, the
// bytes and fields Keystone gave it (or its refusal) out. They depend only on Keystone's version
// and on how templates are built, so once every shape a program uses has been seen, assembling it
// needs no Keystone at all, and loading Keystone's WebAssembly is most of a short run's time.
// Concurrent runs each write a whole file aside and rename it in; the last one wins, and an entry
// lost that way is only built again.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Field, Template } from './keystone.ts';

/** Bumped when the way templates are built or stored changes. */
const STORE_FORMAT = 1;

/** A file past this many entries starts again, so it cannot grow without bound. */
const MAX_ENTRIES = 50_000;

/** Bytes in hex, then each field's position and width; or a refusal. */
type StoredTemplate = [string, ...number[]] | { refused: string; invalidMnemonic: boolean };

interface StoreFile {
  format: number;
  keystone: string;
  templates: Record<string, StoredTemplate>;
}

export interface StoredRefusal {
  refused: string;
  invalidMnemonic: boolean;
}

export class TemplateStore {
  private readonly added = new Map<string, StoredTemplate>();

  private constructor(
    private readonly path: string | undefined,
    private readonly identity: string,
    private readonly templates: Record<string, StoredTemplate>,
  ) {}

  /** The store for `bits`-bit code in `directory`; an absent, unreadable or outdated file reads as empty. */
  static open(directory: string, bits: number): TemplateStore {
    const identity = keystoneIdentity();
    const path = join(directory, `keystone-templates-${bits}.json`);
    return new TemplateStore(path, identity, readTemplates(path, identity) ?? Object.create(null));
  }

  get size(): number {
    return Object.keys(this.templates).length;
  }

  get(key: string): Template | StoredRefusal | undefined {
    const stored = this.added.get(key) ?? this.templates[key];
    if (stored === undefined) return undefined;
    if (!Array.isArray(stored)) return stored;
    const [hex, ...numbers] = stored;
    const fields: Field[] = [];
    for (let i = 0; i + 1 < numbers.length; i += 2) fields.push({ position: numbers[i]!, width: numbers[i + 1]! });
    return { bytes: new Uint8Array(Buffer.from(hex, 'hex')), fields };
  }

  add(key: string, answer: Template | StoredRefusal): void {
    this.added.set(key, 'bytes' in answer
      ? [Buffer.from(answer.bytes).toString('hex'), ...answer.fields.flatMap((f) => [f.position, f.width])]
      : { refused: answer.refused, invalidMnemonic: answer.invalidMnemonic });
  }

  /** Writes what this run added, merged with what other runs wrote meanwhile. */
  save(): void {
    if (this.added.size === 0 || this.path === undefined) return;
    const current = readTemplates(this.path, this.identity) ?? this.templates;
    const merged = Object.keys(current).length + this.added.size > MAX_ENTRIES ? Object.create(null) : current;
    for (const [key, stored] of this.added) merged[key] = stored;
    const file: StoreFile = { format: STORE_FORMAT, keystone: this.identity, templates: merged };
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      const temporary = `${this.path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(file));
      renameSync(temporary, this.path);
      for (const [key, stored] of this.added) this.templates[key] = stored;
      this.added.clear();
    } catch {
      // a store that cannot be written only costs the next run a Keystone load
    }
  }
}

function readTemplates(path: string, identity: string): Record<string, StoredTemplate> | undefined {
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as StoreFile;
    if (file.format !== STORE_FORMAT || file.keystone !== identity || typeof file.templates !== 'object' || file.templates === null) return undefined;
    return Object.assign(Object.create(null), file.templates) as Record<string, StoredTemplate>;
  } catch {
    return undefined;
  }
}

/** The installed Keystone's name and version: another Keystone may encode differently. */
function keystoneIdentity(): string {
  try {
    const entry = createRequire(import.meta.url).resolve('keystone-wasm');
    const manifest = JSON.parse(readFileSync(join(dirname(dirname(entry)), 'package.json'), 'utf8')) as { name?: string; version?: string };
    return `${manifest.name}@${manifest.version}`;
  } catch {
    return `unknown-${process.pid}-${Date.now()}`; // never matches a stored file
  }
}
