// ctype.h in the C locale: classification returns the bit glibc's table holds for the class (so
// isdigit('5') is 0x800, as in glibc, not just "true"); case mapping for ASCII letters only.

import { shim } from './registry.ts';

/** glibc's class bits, as laid out in its ctype table on a little-endian machine. */
const _ISupper = 0x100;
const _ISlower = 0x200;
const _ISalpha = 0x400;
const _ISdigit = 0x800;
const _ISxdigit = 0x1000;
const _ISspace = 0x2000;
const _ISprint = 0x4000;
const _ISgraph = 0x8000;
const _ISblank = 0x1;
const _IScntrl = 0x2;
const _ISpunct = 0x4;
const _ISalnum = 0x8;

/** The C locale's class bits for bytes 0-127; everything else has none. */
function classBits(c: number): number {
  if (c < 0 || c > 127) return 0;
  let bits = 0;
  const upper = c >= 0x41 && c <= 0x5a;
  const lower = c >= 0x61 && c <= 0x7a;
  const digit = c >= 0x30 && c <= 0x39;
  if (upper) bits |= _ISupper | _ISalpha | _ISalnum;
  if (lower) bits |= _ISlower | _ISalpha | _ISalnum;
  if (digit) bits |= _ISdigit | _ISalnum;
  if (digit || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)) bits |= _ISxdigit;
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) bits |= _ISspace;
  if (c === 0x20 || c === 0x09) bits |= _ISblank;
  if (c < 0x20 || c === 0x7f) bits |= _IScntrl;
  if (c >= 0x20 && c < 0x7f) bits |= _ISprint;
  if (c > 0x20 && c < 0x7f) bits |= _ISgraph;
  if (c > 0x20 && c < 0x7f && !upper && !lower && !digit) bits |= _ISpunct;
  return bits;
}

const CLASS_TABLE = Int32Array.from({ length: 128 }, (_, c) => classBits(c));

function classOf(c: number, bit: number): number {
  return c >= 0 && c < 128 ? CLASS_TABLE[c] & bit : 0;
}

export const ctypeShims = [
  shim('int isalpha(int c)', ({ c }) => classOf(c, _ISalpha)),
  shim('int isdigit(int c)', ({ c }) => classOf(c, _ISdigit)),
  shim('int isalnum(int c)', ({ c }) => classOf(c, _ISalnum)),
  shim('int isspace(int c)', ({ c }) => classOf(c, _ISspace)),
  shim('int isupper(int c)', ({ c }) => classOf(c, _ISupper)),
  shim('int islower(int c)', ({ c }) => classOf(c, _ISlower)),
  shim('int isxdigit(int c)', ({ c }) => classOf(c, _ISxdigit)),
  shim('int ispunct(int c)', ({ c }) => classOf(c, _ISpunct)),
  shim('int isprint(int c)', ({ c }) => classOf(c, _ISprint)),
  shim('int iscntrl(int c)', ({ c }) => classOf(c, _IScntrl)),
  shim('int isblank(int c)', ({ c }) => classOf(c, _ISblank)),
  shim('int toupper(int c)', ({ c }) => (c >= 0x61 && c <= 0x7a ? c - 0x20 : c)),
  shim('int tolower(int c)', ({ c }) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c)),
];
