// Keystone as a template encoder: instruction text with numeric slots (`add eax, {0}`) and each
// slot's size class in, the instruction's bytes with the byte position and width of every slot
// out. A template is assembled once per (text, classes) and cached; each use only patches values
// into the fields, so a long program costs one Keystone call per distinct instruction shape.

import type { Keystone } from 'keystone-wasm';
import type { TemplateStore } from './template-store.ts';

/** The range a slot's value falls in; values of one class get the same encoding. */
export type SlotClass = 'i8' | 'u8' | 'i16' | 'u16' | 'i32' | 'u32' | 'i64';

const REPRESENTATIVES: Readonly<Record<SlotClass, readonly [bigint, bigint]>> = {
  i8: [0x12n, 0x13n],
  u8: [0x92n, 0x93n],
  i16: [0x1234n, 0x1235n],
  u16: [0x9234n, 0x9235n],
  i32: [0x12345678n, 0x12345679n],
  u32: [0x92345678n, 0x92345679n],
  i64: [0x123456789abcdef0n, 0x123456789abcdef1n],
};

export function slotClass(value: bigint): SlotClass {
  if (value >= -0x80n && value <= 0x7fn) return 'i8';
  if (value >= 0n && value <= 0xffn) return 'u8';
  if (value >= -0x8000n && value <= 0x7fffn) return 'i16';
  if (value >= 0n && value <= 0xffffn) return 'u16';
  if (value >= -0x80000000n && value <= 0x7fffffffn) return 'i32';
  if (value >= 0n && value <= 0xffffffffn) return 'u32';
  return 'i64';
}

export interface Field {
  position: number;
  width: number;
}

export interface Template {
  bytes: Uint8Array;
  /** One per slot, in slot order. */
  fields: Field[];
}

export class KeystoneError extends Error {
  constructor(message: string, readonly invalidMnemonic: boolean) {
    super(message);
  }
}

/** Thrown by `encode` for a template neither cached nor stored while Keystone is not loaded yet: load it and encode again. */
export class KeystoneNotLoaded extends Error {
  constructor() {
    super('Keystone is not loaded');
  }
}

type KeystoneModule = typeof import('keystone-wasm');

let loadingModule: Promise<KeystoneModule> | undefined;

/** Keystone's module, its WebAssembly compiled and instantiated; loaded once per process. */
function loadKeystoneModule(): Promise<KeystoneModule> {
  loadingModule ??= import('keystone-wasm').then(async (module) => {
    await module.loadKeystone();
    return module;
  });
  return loadingModule;
}

export class TemplateEncoder {
  private readonly cache = new Map<string, Template | KeystoneError>();
  private keystone: Keystone | undefined;
  private loading: Promise<void> | undefined;

  /** An encoder that loads Keystone only when `load` is called; `store` answers the templates it has seen before. */
  constructor(
    private readonly bits: 16 | 32 | 64 = 64,
    private readonly store?: TemplateStore,
  ) {}

  /** An encoder with Keystone loaded. */
  static async create(bits: 16 | 32 | 64 = 64, store?: TemplateStore): Promise<TemplateEncoder> {
    const encoder = new TemplateEncoder(bits, store);
    await encoder.load();
    return encoder;
  }

  /** Starts loading Keystone (its WebAssembly compiles on V8's background threads); resolves once it is ready. */
  load(): Promise<void> {
    this.loading ??= loadKeystoneModule().then(({ Keystone: Engine, Const }) => {
      const mode = this.bits === 64 ? Const.KS_MODE_64 : this.bits === 32 ? Const.KS_MODE_32 : Const.KS_MODE_16;
      const keystone = new Engine(Const.KS_ARCH_X86, mode);
      keystone.setOption(Const.KS_OPT_SYNTAX, Const.KS_OPT_SYNTAX_NASM);
      this.keystone = keystone;
    });
    return this.loading;
  }

  get loadStarted(): boolean {
    return this.loading !== undefined;
  }

  /** Keystone is on its way but not ready: a form not stored would stop an encoding now. */
  get stillLoading(): boolean {
    return this.loading !== undefined && this.keystone === undefined;
  }

  /** Writes the templates built by this process to the store. */
  saveTemplates(): void {
    this.store?.save();
  }

  /**
   * `text` holds `{0}`, `{1}`... where slot values go. Throws KeystoneError when it will not
   * assemble, and KeystoneNotLoaded when only Keystone can tell.
   */
  encode(text: string, slots: readonly SlotClass[]): Template {
    const key = `${text}|${slots.join(',')}`;
    let cached = this.cache.get(key);
    if (cached === undefined) {
      cached = this.recall(key) ?? this.ask(key, text, slots);
      this.cache.set(key, cached);
    }
    if (cached instanceof KeystoneError) throw cached;
    return cached;
  }

  private recall(key: string): Template | KeystoneError | undefined {
    const stored = this.store?.get(key);
    if (stored === undefined || 'bytes' in stored) return stored;
    return new KeystoneError(stored.refused, stored.invalidMnemonic);
  }

  private ask(key: string, text: string, slots: readonly SlotClass[]): Template | KeystoneError {
    if (this.keystone === undefined) throw new KeystoneNotLoaded();
    let answer: Template | KeystoneError;
    try {
      answer = buildTemplate(this.keystone, text, slots);
    } catch (error) {
      answer = error instanceof KeystoneError ? error : new KeystoneError(String(error), false);
    }
    this.store?.add(key, answer instanceof KeystoneError ? { refused: answer.message, invalidMnemonic: answer.invalidMnemonic } : answer);
    return answer;
  }
}

/** Assembles the text with representative values, then with each slot's changed, to find where each lies. */
function buildTemplate(keystone: Keystone, text: string, slots: readonly SlotClass[]): Template {
  const render = (variant: number): string =>
    text.replace(/\{(\d+)\}/g, (_, n: string) => {
      const representatives = REPRESENTATIVES[slots[Number(n)]!];
      return '0x' + representatives[Number(n) === variant ? 1 : 0].toString(16);
    });
  const base = assemble(keystone, render(-1));
  const positions = slots.map((_, slot) => {
    const variant = assemble(keystone, render(slot));
    if (variant.length !== base.length) throw new KeystoneError('invalid combination of opcode and operands', false);
    const position = base.findIndex((byte, i) => byte !== variant[i]);
    if (position < 0) throw new KeystoneError('invalid combination of opcode and operands', false);
    return position;
  });
  const sorted = [...positions].sort((a, b) => a - b);
  const fields = positions.map((position) => {
    const following = sorted.find((p) => p > position) ?? base.length;
    return { position, width: following - position };
  });
  return { bytes: base, fields };
}

function assemble(keystone: Keystone, text: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = keystone.asm(text, { address: 0 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new KeystoneError(message, /MNEMONICFAIL/.test(message));
  }
  if (bytes.length === 0) throw new KeystoneError('invalid combination of opcode and operands', false);
  return Uint8Array.from(bytes);
}
