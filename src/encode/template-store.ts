// Keystone's answers kept between runs: an instruction template's text and slot classes in, the
// bytes and fields Keystone gave it (or its refusal) out. They depend only on Keystone's version
// and on how templates are built, so once every shape a program uses has been seen, assembling it
// needs no Keystone at all, and loading Keystone's WebAssembly is most of a short run's time.
//
// The file is a header line and then one line per template, `key<TAB>answer`, only ever appended
// to. A run reads it as one string and looks up the few keys it meets, instead of parsing
// thousands of entries it will not use; concurrent runs each append whole lines.

import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Field, Template } from './keystone.ts';

/** Bumped when the way templates are built or stored changes. */
const STORE_FORMAT = 2;

/** A file past this size starts again, so it cannot grow without bound. */
const MAX_BYTES = 4 << 20;

export interface StoredRefusal {
  refused: string;
  invalidMnemonic: boolean;
}

export class TemplateStore {
  private readonly added = new Map<string, Template | StoredRefusal>();
  private readonly header: string;
  /** The file as read (the header, then a line per entry), or '' when it is absent or not this store's. */
  private text = '';

  private constructor(
    private readonly path: string,
    identity: string,
  ) {
    this.header = `run-asm keystone templates ${STORE_FORMAT} ${identity}`;
  }

  /** The store for `bits`-bit code in `directory`; an absent, unreadable or outdated file reads as empty. */
  static open(directory: string, bits: number): TemplateStore {
    const path = join(directory, `keystone-templates-${bits}.txt`);
    const store = new TemplateStore(path, keystoneIdentity());
    store.text = store.current();
    return store;
  }

  /** The file as it is now, or '' when it is absent or not this store's. */
  private current(): string {
    try {
      const text = readFileSync(this.path, 'latin1');
      return text.startsWith(`${this.header}\n`) ? text : '';
    } catch {
      return '';
    }
  }

  get isEmpty(): boolean {
    return this.added.size === 0 && this.text.length <= this.header.length + 1;
  }

  get(key: string): Template | StoredRefusal | undefined {
    const added = this.added.get(key);
    if (added !== undefined) return added;
    const start = this.text.indexOf(`\n${key}\t`);
    if (start < 0) return undefined;
    const valueStart = start + key.length + 2;
    const end = this.text.indexOf('\n', valueStart);
    return decode(this.text.slice(valueStart, end < 0 ? undefined : end));
  }

  add(key: string, answer: Template | StoredRefusal): void {
    if (!/[\t\n]/.test(key)) this.added.set(key, answer);
  }

  /** Appends what this run added; a file that is outdated or too big is started again. */
  save(): void {
    if (this.added.size === 0) return;
    let lines = '';
    for (const [key, answer] of this.added) lines += `${key}\t${encode(answer)}\n`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      // another run may have started the file since this one read it
      if (this.text === '') this.text = this.current();
      if (this.text === '' || this.text.length > MAX_BYTES) {
        writeFileSync(this.path, `${this.header}\n${lines}`, 'latin1');
        this.text = `${this.header}\n${lines}`;
      } else {
        appendFileSync(this.path, lines, 'latin1');
        this.text += lines;
      }
      this.added.clear();
    } catch {
      // a store that cannot be written only costs the next run a Keystone load
    }
  }
}

/** `bytes-in-hex position,width ...`, or `!` and 1 or 0 (whether the mnemonic is unknown) and the message. */
function encode(answer: Template | StoredRefusal): string {
  if ('refused' in answer) return `!${answer.invalidMnemonic ? 1 : 0}${answer.refused.replace(/[\t\n]/g, ' ')}`;
  return [Buffer.from(answer.bytes).toString('hex'), ...answer.fields.map((f) => `${f.position},${f.width}`)].join(' ');
}

function decode(value: string): Template | StoredRefusal {
  if (value.startsWith('!')) return { refused: value.slice(2), invalidMnemonic: value[1] === '1' };
  const [hex, ...fields] = value.split(' ');
  return {
    bytes: new Uint8Array(Buffer.from(hex!, 'hex')),
    fields: fields.map((field): Field => {
      const [position, width] = field.split(',');
      return { position: Number(position), width: Number(width) };
    }),
  };
}

/**
 * The installed Keystone's name and version: another Keystone may encode differently. Found the
 * way Node finds a package, in the nearest node_modules up from here, without the cost of asking
 * Node's resolver.
 */
function keystoneIdentity(): string {
  for (let directory = dirname(fileURLToPath(import.meta.url)); ; directory = dirname(directory)) {
    try {
      const manifest = JSON.parse(readFileSync(join(directory, 'node_modules', 'keystone-wasm', 'package.json'), 'utf8')) as { name?: string; version?: string };
      return `${manifest.name}@${manifest.version}`;
    } catch {
      if (dirname(directory) === directory) return `unknown-${process.pid}-${Date.now()}`; // never matches a stored file
    }
  }
}
