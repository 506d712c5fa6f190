// C prototypes as data: "int strcmp(const char *s1, const char *s2)" in, a `Prototype` out
// (name, how each parameter travels in the System V ABI, how the result goes back in rax/xmm0).
// The same parse runs at type level (`ShimArgs`) so a shim body sees its parameters by name.

/** How a value travels: in a general register (as a number or, for 64-bit integers, a bigint) or in an xmm register. */
export type ValueClass =
  | 'int32' // int, short, char, unsigned: the low 32 bits matter
  | 'int64' // long, long long, ssize_t: all 64 bits, given to the body as a bigint
  | 'size' // size_t, pointers: given to the body as a number (guest addresses fit)
  | 'double'
  | 'void';

export interface Parameter {
  readonly name: string;
  readonly valueClass: Exclude<ValueClass, 'void'>;
  readonly unsigned: boolean;
}

export interface Prototype {
  readonly name: string;
  readonly result: ValueClass;
  readonly resultUnsigned: boolean;
  readonly parameters: readonly Parameter[];
  readonly variadic: boolean;
}

const INT64_TYPES = new Set(['long', 'long long', 'long int', 'long long int', 'ssize_t', 'off_t', 'intmax_t', 'ptrdiff_t', 'time_t']);
const UINT64_TYPES = new Set(['unsigned long', 'unsigned long long', 'unsigned long int', 'uintmax_t']);
// va_list is an array type: a function receives a pointer to the guest's structure
const SIZE_TYPES = new Set(['size_t', 'uintptr_t', 'va_list']);
const DOUBLE_TYPES = new Set(['double']);
const INT32_TYPES = new Set(['int', 'unsigned', 'unsigned int', 'short', 'unsigned short', 'char', 'unsigned char', 'signed char', '_Bool', 'bool']);

/** Splits "const char *s1" into its type ("const char *") and name ("s1"). */
function splitDeclaration(text: string): { type: string; name: string } {
  const match = /^(.*?)([A-Za-z_][A-Za-z0-9_]*)$/.exec(text.trim());
  if (!match || match[1].trim() === '') throw new Error(`prototype: cannot read declaration \`${text}'`);
  return { type: match[1].trim(), name: match[2] };
}

function classify(type: string, context: string): { valueClass: ValueClass; unsigned: boolean } {
  if (type.includes('*')) return { valueClass: 'size', unsigned: true };
  const bare = type.replace(/\b(const|volatile|restrict|signed)\b/g, '').replace(/\s+/g, ' ').trim();
  if (bare === 'void') return { valueClass: 'void', unsigned: false };
  if (INT64_TYPES.has(bare)) return { valueClass: 'int64', unsigned: false };
  if (UINT64_TYPES.has(bare)) return { valueClass: 'int64', unsigned: true };
  if (SIZE_TYPES.has(bare)) return { valueClass: 'size', unsigned: true };
  if (DOUBLE_TYPES.has(bare)) return { valueClass: 'double', unsigned: false };
  if (INT32_TYPES.has(bare) || bare === '') return { valueClass: 'int32', unsigned: bare.startsWith('unsigned') };
  throw new Error(`prototype: unknown type \`${type}' in ${context}`);
}

export function parsePrototype(text: string): Prototype {
  const match = /^\s*(.+?)\s*\(\s*(.*?)\s*\)\s*;?\s*$/.exec(text);
  if (!match) throw new Error(`prototype: cannot read \`${text}'`);
  const head = splitDeclaration(match[1]);
  const result = classify(head.type, text);
  const parameters: Parameter[] = [];
  let variadic = false;
  const list = match[2];
  if (list !== '' && list !== 'void') {
    for (const part of list.split(',')) {
      if (part.trim() === '...') {
        variadic = true;
        continue;
      }
      const declaration = splitDeclaration(part);
      const { valueClass, unsigned } = classify(declaration.type, text);
      if (valueClass === 'void') throw new Error(`prototype: void parameter in \`${text}'`);
      parameters.push({ name: declaration.name, valueClass, unsigned });
    }
  }
  return { name: head.name, result: result.valueClass, resultUnsigned: result.unsigned, parameters, variadic };
}

// ---- the same parse at type level, so `({ s1, s2 }) => ...` is checked against the prototype ----

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;
type SplitList<S extends string> = S extends `${infer A},${infer R}` ? [Trim<A>, ...SplitList<R>] : [Trim<S>];
type ParameterList<P extends string> = P extends `${string}(${infer L})${string}` ? SplitList<L> : [];
type NameOf<D extends string> = D extends `${string}*${infer N}` ? NameOf<N> : D extends `${string} ${infer N}` ? NameOf<N> : D;
type ValueOf<D extends string> = D extends `${string}*${string}`
  ? number
  : D extends `long${string}` | `unsigned long${string}` | `ssize_t${string}` | `off_t${string}` | `time_t${string}` | `intmax_t${string}` | `uintmax_t${string}` | `ptrdiff_t${string}`
    ? bigint
    : number;

/** The parameters of prototype `P` by name: pointers, size_t, int as numbers; 64-bit integers as bigints. */
export type ShimArgs<P extends string> = {
  readonly [D in ParameterList<P>[number] as D extends '...' | 'void' | '' ? never : NameOf<D>]: ValueOf<D>;
};
