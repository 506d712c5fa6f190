// Quoted strings: finds where a '...', "..." or `...` literal ends and decodes its bytes. Only
// backquoted strings take C-style escapes; \u and \U produce UTF-8 as nasm does. Source text is
// read byte for byte (latin1), so a character below 0x100 is one byte; anything above that can
// only come from text decoded otherwise and is written as UTF-8.

export interface ScannedString {
  /** Index just past the closing quote, or the end of the text when unterminated. */
  end: number;
  terminated: boolean;
  bytes: Uint8Array;
}

const SIMPLE_ESCAPES: Readonly<Record<string, number>> = {
  "'": 0x27, '"': 0x22, '`': 0x60, '\\': 0x5c, '?': 0x3f,
  a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, e: 27,
};

export function scanString(text: string, start: number): ScannedString {
  const quote = text.charCodeAt(start);
  if (quote === 0x60 /* ` */) return scanBackquoted(text, start);
  const close = text.indexOf(text[start]!, start + 1);
  const terminated = close >= 0;
  const end = terminated ? close + 1 : text.length;
  return { end, terminated, bytes: sourceBytes(text, start + 1, terminated ? close : text.length) };
}

/** The bytes of source text taken literally: one per character below 0x100, UTF-8 above. */
function sourceBytes(text: string, from: number, to: number): Uint8Array {
  const bytes = new Uint8Array(to - from);
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x100) return wideSourceBytes(text.slice(from, to));
    bytes[i - from] = code;
  }
  return bytes;
}

function wideSourceBytes(body: string): Uint8Array {
  const out: number[] = [];
  for (const c of body) pushSourceCharacter(out, c.codePointAt(0)!);
  return Uint8Array.from(out);
}

function scanBackquoted(text: string, start: number): ScannedString {
  const out: number[] = [];
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '`') return { end: i + 1, terminated: true, bytes: Uint8Array.from(out) };
    if (c !== '\\') {
      const codePoint = text.codePointAt(i)!;
      pushSourceCharacter(out, codePoint);
      i += codePoint > 0xffff ? 2 : 1;
      continue;
    }
    i++;
    const e = text[i];
    if (e === undefined) break;
    if (e in SIMPLE_ESCAPES) {
      out.push(SIMPLE_ESCAPES[e]!);
      i++;
    } else if (e >= '0' && e <= '7') {
      const digits = takeWhile(text, i, 3, isOctal);
      out.push(parseInt(digits, 8) & 0xff);
      i += digits.length;
    } else if (e === 'x' || e === 'X') {
      const digits = takeWhile(text, i + 1, 2, isHexDigit);
      out.push(digits ? parseInt(digits, 16) : 0);
      i += 1 + digits.length;
    } else if (e === 'u' || e === 'U') {
      const digits = takeWhile(text, i + 1, e === 'u' ? 4 : 8, isHexDigit);
      const codePoint = digits ? parseInt(digits, 16) : 0;
      for (const b of utf8OfCodePoint(codePoint)) out.push(b);
      i += 1 + digits.length;
    } else {
      // Unknown escapes stand for the character itself.
      const codePoint = text.codePointAt(i)!;
      pushSourceCharacter(out, codePoint);
      i += codePoint > 0xffff ? 2 : 1;
    }
  }
  return { end: text.length, terminated: false, bytes: Uint8Array.from(out) };
}

function pushSourceCharacter(out: number[], codePoint: number): void {
  if (codePoint < 0x100) out.push(codePoint);
  else for (const b of utf8OfCodePoint(codePoint)) out.push(b);
}

/** Encodes any value up to 0x7fffffff the way nasm does, including the long forms UTF-8 retired. */
function utf8OfCodePoint(v: number): number[] {
  if (v < 0x80) return [v];
  if (v < 0x800) return [0xc0 | (v >> 6), 0x80 | (v & 0x3f)];
  if (v < 0x10000) return [0xe0 | (v >> 12), 0x80 | ((v >> 6) & 0x3f), 0x80 | (v & 0x3f)];
  if (v < 0x200000) {
    return [0xf0 | (v >> 18), 0x80 | ((v >> 12) & 0x3f), 0x80 | ((v >> 6) & 0x3f), 0x80 | (v & 0x3f)];
  }
  if (v < 0x4000000) {
    return [0xf8 | (v >>> 24), 0x80 | ((v >> 18) & 0x3f), 0x80 | ((v >> 12) & 0x3f), 0x80 | ((v >> 6) & 0x3f), 0x80 | (v & 0x3f)];
  }
  return [
    0xfc | ((v >>> 30) & 1), 0x80 | ((v >>> 24) & 0x3f), 0x80 | ((v >> 18) & 0x3f),
    0x80 | ((v >> 12) & 0x3f), 0x80 | ((v >> 6) & 0x3f), 0x80 | (v & 0x3f),
  ];
}

function takeWhile(text: string, from: number, max: number, ok: (c: string) => boolean): string {
  let end = from;
  while (end < text.length && end - from < max && ok(text[end]!)) end++;
  return text.slice(from, end);
}

function isOctal(c: string): boolean {
  return c >= '0' && c <= '7';
}

function isHexDigit(c: string): boolean {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
