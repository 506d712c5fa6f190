// Assembler directives (`section`, `global`, `extern`, `default`, `bits`, `align`, ...) from the
// tokens after the directive word to statements. Directives that change nothing in an ELF64
// object (`cpu`, `float`, `warning`) are accepted and dropped.

import type { Token } from '../lex/token.ts';
import type { Expr } from '../expr/ast.ts';
import { diagnosticAt, type Diagnostic, type SourceLocation } from '../common/diagnostic.ts';
import type { SectionAttributes, SmartAlignMode, Statement, SymbolAffix, SymbolAttributes } from './program.ts';
import { ParseError, readExpression, tokenAt } from './expression.ts';

const isOp = (token: Token | undefined, text: string): boolean => token?.kind === 'operator' && token.text === text;
const lower = (token: Token | undefined): string => (token?.kind === 'identifier' ? token.text.toLowerCase() : '');

type DirectiveParser = (args: Token[], location: SourceLocation, head: Token, diagnostics: Diagnostic[]) => Statement | Statement[] | undefined;

const IGNORED = (): undefined => undefined;

const DIRECTIVE_PARSERS: Readonly<Record<string, DirectiveParser>> = {
  section: parseSection,
  segment: parseSection,
  global: (args, location, head) => parseSymbolList(args, head).map(({ name, attributes }) => ({ kind: 'global', name, attributes, location })),
  extern: (args, location, head) => parseSymbolList(args, head).map(({ name, attributes }) => ({ kind: 'extern', name, attributes, location })),
  static: (args, location, head) => parseSymbolList(args, head).map(({ name }) => ({ kind: 'static', name, location })),
  common: parseCommon,
  default: parseDefault,
  bits: parseBits,
  use64: (_a, location) => ({ kind: 'bits', bits: 64, location }),
  use32: (_a, location) => ({ kind: 'bits', bits: 32, location }),
  use16: (_a, location) => ({ kind: 'bits', bits: 16, location }),
  absolute: (args, location, head) => ({ kind: 'absolute', address: wholeExpression(args, head), location }),
  sectalign: (args, location, head) =>
    ['on', 'off'].includes(lower(args[0])) ? undefined : { kind: 'sectalign', boundary: wholeExpression(args, head), location },
  align: (args, location, head) => parseAlign(args, location, head, false),
  alignb: (args, location, head) => parseAlign(args, location, head, true),
  // what `align` becomes under `%use smartalign`: boundary, family, jump threshold
  '__?smartalign?__': parseSmartAlign,
  incbin: parseIncbin,
  cpu: IGNORED,
  float: IGNORED,
  warning: IGNORED,
  required: IGNORED,
  gprefix: IGNORED,
  gpostfix: IGNORED,
  lprefix: IGNORED,
  lpostfix: IGNORED,
  list: IGNORED,
  pragma: parsePragma,
};

/** Pragma namespaces an ELF64 object listens to; others (`win64`, `macho`, ...) are for other formats. */
const OUR_PRAGMA_NAMESPACES: ReadonlySet<string> = new Set(['elf', 'elf64', 'output']);
const SYMBOL_AFFIXES: ReadonlySet<string> = new Set(['gprefix', 'lprefix']);

function parsePragma(args: Token[], location: SourceLocation): Statement | undefined {
  const space = lower(args[0]);
  const key = lower(args[1]);
  if (!OUR_PRAGMA_NAMESPACES.has(space) || !SYMBOL_AFFIXES.has(key)) return undefined;
  const text = args.slice(2).map((t, k) => (k > 0 && t.spaceBefore ? ' ' : '') + t.text).join('');
  return { kind: 'symbol-affix', affix: key as SymbolAffix, text, location };
}

export function parseDirective(word: string, args: Token[], location: SourceLocation, head: Token, diagnostics: Diagnostic[]): Statement[] {
  const parser = DIRECTIVE_PARSERS[word];
  if (!parser) throw new ParseError(`unrecognized directive [${word}]`, head);
  const result = parser(args, location, head, diagnostics);
  return result === undefined ? [] : Array.isArray(result) ? result : [result];
}

function wholeExpression(args: Token[], head: Token): Expr {
  if (args.length === 0) throw new ParseError(`\`${head.text}' directive requires an argument`, head);
  const { expr, next } = readExpression(args, 0);
  if (next < args.length) throw new ParseError('garbage after expression', args[next]!);
  return expr;
}

/**
 * Joins the tokens of a section name the lexer may have split: nasm takes every character up to
 * whitespace (`.rela.text`, `__LD,__compact_unwind`, `$foo`), bar a trailing comma.
 */
function readName(args: Token[], start: number): { name: string; next: number } {
  let i = start;
  let name = '';
  while (i < args.length) {
    const token = args[i]!;
    if (token.kind === 'identifier' || token.kind === 'number' || token.kind === 'operator' || token.kind === 'here' || token.kind === 'section-start') {
      name += token.escaped ? `$${token.text}` : token.text;
      i++;
      if (args[i]?.spaceBefore) break;
      continue;
    }
    if (token.kind === 'string' && name === '') {
      name = new TextDecoder('latin1').decode(token.bytes);
      i++;
    }
    break;
  }
  return { name: name.replace(/,+$/, ''), next: i };
}

const SECTION_TYPES = new Set(['progbits', 'nobits', 'note', 'preinit_array', 'init_array', 'fini_array']);

function parseSection(args: Token[], location: SourceLocation, head: Token, diagnostics: Diagnostic[]): Statement {
  const { name, next } = readName(args, 0);
  if (name === '') throw new ParseError(`\`${head.text}' directive requires an argument`, head);
  const attributes: SectionAttributes = {};
  let i = next;
  while (i < args.length) {
    const word = lower(args[i]);
    if (SECTION_TYPES.has(word)) attributes.type = word as SectionAttributes['type'];
    else if (word === 'alloc' || word === 'noalloc') attributes.alloc = word === 'alloc';
    else if (word === 'exec' || word === 'noexec') attributes.exec = word === 'exec';
    else if (word === 'write' || word === 'nowrite') attributes.write = word === 'write';
    else if (word === 'tls') attributes.tls = true;
    else if (word === 'align' && isOp(args[i + 1], '=')) {
      const value = args[i + 2];
      if (value?.kind !== 'number' || value.value === undefined) throw new ParseError('section alignment expects a number', tokenAt(args, i + 2));
      const align = Number(value.value);
      if (align & (align - 1)) {
        diagnostics.push(diagnosticAt(location, 'error', `section alignment ${align} is not a power of two`));
      } else attributes.align = align;
      i += 3;
      continue;
    } else if (word !== '') {
      diagnostics.push(diagnosticAt(location, 'warning', `unknown section attribute '${args[i]!.text}' ignored on declaration of section \`${name}' [-w+other]`));
    }
    i++;
  }
  return { kind: 'section', name, attributes, location };
}

/** `name[:type [size] [visibility]], name2, ...` as `global`/`extern` accept it. */
function parseSymbolList(args: Token[], head: Token): { name: string; attributes: SymbolAttributes }[] {
  const result: { name: string; attributes: SymbolAttributes }[] = [];
  let i = 0;
  if (args.length === 0) throw new ParseError(`\`${head.text}' directive requires an argument`, head);
  while (i < args.length) {
    const token = args[i]!;
    if (token.kind !== 'identifier') throw new ParseError(`identifier expected after ${head.text.toLowerCase()}`, token);
    const name = token.text;
    const attributes: SymbolAttributes = {};
    i++;
    if (isOp(args[i], ':')) {
      i++;
      while (i < args.length && !isOp(args[i], ',')) {
        const word = lower(args[i]);
        if (word === 'function' || word === 'func') attributes.type = 'function';
        else if (word === 'data' || word === 'object') attributes.type = 'object';
        else if (word === 'notype') attributes.type = 'notype';
        else if (word === 'default' || word === 'internal' || word === 'hidden' || word === 'protected') attributes.visibility = word;
        else if (word === 'weak') attributes.weak = true;
        else if (word === 'strong') attributes.weak = false;
        else {
          const { expr, next } = readExpression(args, i);
          attributes.size = expr;
          i = next;
          continue;
        }
        i++;
      }
    }
    result.push({ name, attributes });
    if (i < args.length) {
      if (!isOp(args[i], ',')) throw new ParseError('comma expected', args[i]!);
      i++;
    }
  }
  return result;
}

function parseCommon(args: Token[], location: SourceLocation, head: Token): Statement {
  const token = args[0];
  if (token?.kind !== 'identifier') throw new ParseError('identifier expected after common', tokenAt(args, 0));
  const size = readExpression(args, 1);
  let alignment: Expr | undefined;
  let i = size.next;
  if (isOp(args[i], ':')) {
    const parsed = readExpression(args, i + 1);
    alignment = parsed.expr;
    i = parsed.next;
  }
  void head;
  return { kind: 'common', name: token.text, size: size.expr, alignment, attributes: {}, location };
}

function parseDefault(args: Token[], location: SourceLocation, head: Token): Statement | undefined {
  const word = lower(args[0]);
  if (word === 'rel' || word === 'abs') return { kind: 'default', addressing: word, location };
  if (word === 'bnd' || word === 'nobnd') return undefined;
  throw new ParseError('invalid parameter to [default] directive', args[0] ?? head);
}

function parseBits(args: Token[], location: SourceLocation, head: Token): Statement {
  const token = args[0];
  const bits = token?.kind === 'number' ? Number(token.value) : NaN;
  if (![16, 32, 64].includes(bits)) throw new ParseError(`\`${token?.text ?? ''}' is not a valid segment size; must be 16, 32 or 64`, token ?? head);
  return { kind: 'bits', bits, location };
}

function parseAlign(args: Token[], location: SourceLocation, head: Token, reserve: boolean): Statement {
  const { expr, next } = readExpression(args, 0);
  if (args.length === 0) throw new ParseError(`\`${head.text}' directive requires an argument`, head);
  if (next < args.length && !isOp(args[next], ',')) throw new ParseError('garbage after expression', args[next]!);
  return { kind: 'align', boundary: expr, reserve, location };
}

const SMART_ALIGN_MODES: ReadonlySet<string> = new Set<SmartAlignMode>(['nop', 'generic', 'k7', 'k8', 'p6']);

function parseSmartAlign(args: Token[], location: SourceLocation, head: Token): Statement {
  const boundary = readExpression(args, 0);
  const mode = lower(args[boundary.next + 1]);
  if (!isOp(args[boundary.next], ',') || !SMART_ALIGN_MODES.has(mode) || !isOp(args[boundary.next + 2], ',')) {
    throw new ParseError(`unknown alignment mode: ${args[boundary.next + 1]?.text ?? ''}`, head);
  }
  const jumpThreshold = wholeExpression(args.slice(boundary.next + 3), head);
  return { kind: 'align', boundary: boundary.expr, reserve: false, smart: { mode: mode as SmartAlignMode, jumpThreshold }, location };
}

function parseIncbin(args: Token[], location: SourceLocation, head: Token): Statement {
  const file = args[0];
  if (file?.kind !== 'string') throw new ParseError('`incbin\' expects a file name', file ?? head);
  const path = new TextDecoder('latin1').decode(file.bytes);
  let offset: Expr | undefined;
  let length: Expr | undefined;
  let i = 1;
  if (isOp(args[i], ',')) {
    const parsed = readExpression(args, i + 1);
    offset = parsed.expr;
    i = parsed.next;
    if (isOp(args[i], ',')) {
      const parsedLength = readExpression(args, i + 1);
      length = parsedLength.expr;
    }
  }
  return { kind: 'incbin', path, offset, length, location };
}
