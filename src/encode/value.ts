// Expression evaluation for the assembler: an Expr and what symbols currently mean in, a Value
// out — a constant plus relocatable parts (sections and external symbols with coefficients), so
// `msg`, `$ - msg`, `puts wrt ..plt` and `end - start` all come out as nasm understands them.

import type { SourceLocation } from '../common/diagnostic.ts';
import type { Expr } from '../expr/ast.ts';
import { shifted } from '../expr/evaluate.ts';
import { isFloatSpecial } from './float.ts';
import { floatFunctionValue, floatLiteral, isFloatFunction } from '../expr/float-bits.ts';
import { EXPRESSION_FUNCTIONS, ILOG2_NOT_POWER_OF_TWO, integerLog2, invalidUtfInput, isUtfFunction, utfEncode } from '../expr/functions.ts';

export interface SymbolValue {
  /** Section the symbol lives in; undefined for absolute values (equ, absolute sections). */
  section?: string;
  /** Externals and commons: relocations refer to the symbol itself. */
  external?: boolean;
  value: bigint;
  /** Where a label or `equ` defined it: a second definition names the first. */
  location?: SourceLocation;
}

export interface Value {
  constant: bigint;
  /** Relocatable parts: `s:<section>` or `x:<symbol>` with their coefficients (non-zero only). */
  terms: Map<string, bigint>;
  /** The one symbol a plain `sym + k` reference went through (for `wrt ..sym/..plt/..got`). */
  symbol?: string;
  wrt?: string;
  /** A forward reference not resolved yet in this pass. */
  unknown: boolean;
}

export interface EvaluationContext {
  lookup(name: string): SymbolValue | undefined;
  /** `$`: the current section (undefined when absolute) and offset; asked only where `$` or `$$` appears. */
  here(): { section?: string; offset: bigint };
  /** Called for a symbol with no definition (the caller decides whether that is an error yet). */
  undefinedSymbol(name: string): void;
  /** A warning about the expression, for the line being encoded. */
  warn?(message: string): void;
}

export class EvaluationError extends Error {}

/** The special segments nasm's ELF output knows after `wrt`. */
const WRT_TARGETS = new Set(['..plt', '..got', '..gotpc', '..gotoff', '..sym', '..tlsie']);

/** Shared by every constant: term maps are never changed after a Value is made. */
const NO_TERMS: Map<string, bigint> = new Map();

export const constantValue = (constant: bigint): Value => ({ constant, terms: NO_TERMS, unknown: false });

export function isConstant(value: Value): boolean {
  return value.terms.size === 0;
}

const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);

export function evaluate(expr: Expr, context: EvaluationContext): Value {
  switch (expr.kind) {
    case 'number': return constantValue(wrap(expr.value));
    case 'string': return characterConstant(expr.bytes, context);
    case 'float': throw new EvaluationError('expression syntax error');
    case 'here': {
      const { section, offset } = context.here();
      return relocatable(section, offset);
    }
    case 'section-start': return relocatable(context.here().section, 0n);
    case 'symbol': return symbolValue(expr.name, context);
    case 'unary': return unary(expr.op, evaluate(expr.operand, context));
    case 'binary': return binary(expr.op, evaluate(expr.left, context), evaluate(expr.right, context));
    case 'conditional': {
      const condition = evaluate(expr.condition, context);
      requireConstant(condition, 'conditional');
      return condition.constant !== 0n ? evaluate(expr.then, context) : evaluate(expr.else, context);
    }
    case 'wrt': {
      const target = expr.target.toLowerCase();
      if (!WRT_TARGETS.has(target)) {
        context.undefinedSymbol(expr.target);
        return { ...constantValue(0n), unknown: true };
      }
      const value = evaluate(expr.operand, context);
      // written out field by field: V8 makes a new hidden class for every spread that adds a field
      return { constant: value.constant, terms: value.terms, unknown: value.unknown, symbol: value.symbol, wrt: target };
    }
    case 'call': return callValue(expr, context);
  }
}

function relocatable(section: string | undefined, offset: bigint): Value {
  if (section === undefined) return constantValue(offset);
  return { constant: offset, terms: singleTerm(SECTION_TERMS, 's:', section), unknown: false };
}

/** `{key: 1}` term maps, shared like every term map: sections' by section name, externals' by symbol name. */
const SECTION_TERMS = new Map<string, Map<string, bigint>>();
const EXTERNAL_TERMS = new Map<string, Map<string, bigint>>();

function singleTerm(cache: Map<string, Map<string, bigint>>, prefix: string, name: string): Map<string, bigint> {
  let terms = cache.get(name);
  if (terms === undefined) cache.set(name, (terms = new Map([[prefix + name, 1n]])));
  return terms;
}

function symbolValue(name: string, context: EvaluationContext): Value {
  const symbol = context.lookup(name);
  if (!symbol) {
    if (isFloatSpecial(name)) throw new EvaluationError('floating-point constant encountered in integer expression');
    context.undefinedSymbol(name);
    return { constant: 0n, terms: NO_TERMS, unknown: true };
  }
  if (symbol.external) return { constant: 0n, terms: singleTerm(EXTERNAL_TERMS, 'x:', name), unknown: false, symbol: name };
  if (symbol.section === undefined) return constantValue(symbol.value);
  return { constant: symbol.value, terms: singleTerm(SECTION_TERMS, 's:', symbol.section), unknown: false, symbol: name };
}

/** A string in an expression: its first eight bytes, little-endian; nasm warns about the rest. */
function characterConstant(bytes: Uint8Array, context: EvaluationContext): Value {
  if (bytes.length > 8) context.warn?.('character constant too long [-w+other]');
  return constantValue(stringValue(bytes));
}

export function stringValue(bytes: Uint8Array): bigint {
  let v = 0n;
  for (let i = Math.min(bytes.length, 8) - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
  return wrap(v);
}

function requireConstant(value: Value, what: string): void {
  if (!isConstant(value) && !value.unknown) throw new EvaluationError(`\`${what}' operator may only be applied to scalar values`);
}

function scaleTerms(terms: Map<string, bigint>, factor: bigint): Map<string, bigint> {
  const result = new Map<string, bigint>();
  for (const [key, coefficient] of terms) if (coefficient * factor !== 0n) result.set(key, coefficient * factor);
  return result;
}

function unary(op: string, value: Value): Value {
  if (op === '+') return value;
  if (op === '-') return { constant: wrap(-value.constant), terms: scaleTerms(value.terms, -1n), unknown: value.unknown };
  if (op === 'seg') throw new EvaluationError('`seg\' is not supported in ELF64 output');
  requireConstant(value, op);
  const v = value.constant;
  const result = op === '~' ? ~v : v === 0n ? 1n : 0n;
  return { ...constantValue(wrap(result)), unknown: value.unknown };
}

const COMPARISONS: ReadonlySet<string> = new Set(['==', '!=', '<>', '<', '<=', '>', '>=', '<=>']);

/** nasm's words for an operator given an address: by operator family, as its evaluator words them. */
function nonScalarMessage(op: string): string {
  if (op === '*') return 'unable to multiply two non-scalar objects';
  // the logical operators are named by their first character
  if (op === '&&' || op === '||' || op === '^^') return `\`${op[0]}' operator may only be applied to scalar values`;
  if (op === '/' || op === '//' || op === '%' || op === '%%') return 'division operator may only be applied to scalar values';
  if (op === '<<' || op === '>>' || op === '<<<' || op === '>>>') return 'shift operator may only be applied to scalar values';
  return `\`${op}' operator may only be applied to scalar values`;
}

function binary(op: string, left: Value, right: Value): Value {
  const unknown = left.unknown || right.unknown;
  if (op === '+' || op === '-') {
    const sign = op === '+' ? 1n : -1n;
    const terms = new Map(left.terms);
    for (const [key, coefficient] of right.terms) {
      const sum = (terms.get(key) ?? 0n) + sign * coefficient;
      if (sum === 0n) terms.delete(key);
      else terms.set(key, sum);
    }
    const symbol = op === '+' ? left.symbol ?? right.symbol : left.symbol;
    return { constant: wrap(left.constant + sign * right.constant), terms, unknown, symbol: terms.size === 1 ? symbol : undefined, wrt: left.wrt ?? right.wrt };
  }
  if (op === '*' && (isConstant(left) || isConstant(right)) && !(isConstant(left) && isConstant(right))) {
    const [scalar, other] = isConstant(left) ? [left, right] : [right, left];
    return { constant: wrap(other.constant * scalar.constant), terms: scaleTerms(other.terms, scalar.constant), unknown };
  }
  if (!unknown && (!isConstant(left) || !isConstant(right))) {
    // a comparison of addresses compares their difference, which must be a number to be ordered
    if (!COMPARISONS.has(op)) throw new EvaluationError(nonScalarMessage(op));
    const difference = binary('-', left, right);
    if (isConstant(difference)) return binary(op, difference, constantValue(0n));
    if (op === '==' || op === '!=' || op === '<>') return constantValue(op === '==' ? 0n : 1n);
    throw new EvaluationError(`\`${op}': operands differ by a non-scalar`);
  }
  const l = left.constant;
  const r = right.constant;
  const ul = BigInt.asUintN(64, l);
  const ur = BigInt.asUintN(64, r);
  const bool = (b: boolean): bigint => (b ? 1n : 0n);
  let result: bigint;
  switch (op) {
    case '*': result = l * r; break;
    case '/': case '//': case '%': case '%%':
      if (r === 0n) {
        if (unknown) return { ...constantValue(0n), unknown };
        throw new EvaluationError('division by zero');
      }
      if (op === '/') result = ul / ur;
      else if (op === '%') result = ul % ur;
      else if (op === '//') result = l / r;
      else result = l % r;
      break;
    case '<<': case '<<<': case '>>': case '>>>': result = shifted(op, l, r); break;
    case '&': result = l & r; break;
    case '|': result = l | r; break;
    case '^': result = l ^ r; break;
    case '==': result = bool(l === r); break;
    case '!=': case '<>': result = bool(l !== r); break;
    case '<': result = bool(l < r); break;
    case '<=': result = bool(l <= r); break;
    case '>': result = bool(l > r); break;
    case '>=': result = bool(l >= r); break;
    case '<=>': result = l > r ? 1n : 0n; break; // nasm 2.16 gives 0 for less as well as equal
    case '&&': result = bool(l !== 0n && r !== 0n); break;
    case '||': result = bool(l !== 0n || r !== 0n); break;
    case '^^': result = bool((l !== 0n) !== (r !== 0n)); break;
    default: throw new EvaluationError(`unknown operator \`${op}'`);
  }
  return { ...constantValue(wrap(result)), unknown };
}

function callValue(expr: Extract<Expr, { kind: 'call' }>, context: EvaluationContext): Value {
  const name = expr.name.toLowerCase().replace(/^__\?(.*)\?__$/, '__$1__');
  if (isFloatFunction(name) && expr.args.length === 1) {
    const literal = floatLiteral(expr.args[0]!);
    if (!literal) throw new EvaluationError('expecting floating-point number');
    return constantValue(wrap(floatFunctionValue(name, literal.text, literal.negative)!));
  }
  if (isUtfFunction(name)) {
    const encoded = utfEncode(name, (expr.args[0] as Extract<Expr, { kind: 'string' }>).bytes);
    if (!encoded) throw new EvaluationError(invalidUtfInput(name));
    return characterConstant(encoded, context);
  }
  if (name.startsWith('__ilog2') && EXPRESSION_FUNCTIONS.has(name) && expr.args.length === 1) {
    const argument = evaluate(expr.args[0]!, context);
    if (argument.unknown) return argument;
    requireConstant(argument, name);
    const { log, inexact } = integerLog2(name, argument.constant);
    if (inexact && name === '__ilog2e__') throw new EvaluationError(ILOG2_NOT_POWER_OF_TWO);
    if (inexact && name === '__ilog2w__') context.warn?.(`${ILOG2_NOT_POWER_OF_TWO} [-w+other]`);
    return constantValue(log);
  }
  throw new EvaluationError(`unknown function \`${expr.name}'`);
}

