// Constant evaluation for the preprocessor (`%if`, `%assign`, `%rep`): an `Expr` in, a signed 64-bit
// bigint out, with NASM's integer semantics (two's complement wrap, `/` and `%` unsigned, `//` and
// `%%` signed, `>>` logical and `>>>` arithmetic, shift counts taken mod 64, truth as 0/1).
// Problems throw a DiagnosticError worded as nasm words it; warnings go to `diagnostics`.

import { diagnosticAt, DiagnosticError, type Diagnostic, type SourceLocation } from '../common/diagnostic.ts';
import type { BinaryOperator, Expr } from './ast.ts';
import { floatFunctionValue } from './float-bits.ts';
import { ILOG2_NOT_POWER_OF_TWO, integerLog2, invalidUtfInput, isUtfFunction, utfEncode } from './functions.ts';

export interface ConstantContext {
  /** The directive being evaluated, named in "non-constant value given to `%if'". */
  directive?: string;
  /** Values of symbols the caller knows; unknown names are "not defined before use". */
  lookup?: (name: string) => bigint | undefined;
  diagnostics?: Diagnostic[];
  /** The assembler's mode: character constants hold 8 bytes in 64-bit code, 4 otherwise. */
  bits?: number;
}

const to64 = (v: bigint): bigint => BigInt.asIntN(64, v);
const unsigned = (v: bigint): bigint => BigInt.asUintN(64, v);
const truth = (v: boolean): bigint => (v ? 1n : 0n);
const shiftCount = (v: bigint): bigint => v & 63n;

/** `a` shifted by `op` (`<<`, `<<<`, `>>`, `>>>`) as nasm computes it: the count is taken modulo 64, as x86 does. */
export function shifted(op: '<<' | '<<<' | '>>' | '>>>', a: bigint, b: bigint): bigint {
  if (op === '>>') return to64(unsigned(a) >> shiftCount(b));
  return to64(op === '>>>' ? a >> shiftCount(b) : a << shiftCount(b));
}

export function evaluateConstant(expr: Expr, context: ConstantContext = {}): bigint {
  return evaluateLeaf(expr, context) ?? evaluateSum(expr, context) ?? new ConstantEvaluator(context).evaluate(expr);
}

/** A number or a known symbol; undefined for anything else, including an unknown symbol (an error the general path words). */
function evaluateLeaf(expr: Expr, context: ConstantContext): bigint | undefined {
  if (expr.kind === 'number') return to64(expr.value);
  if (expr.kind !== 'symbol') return undefined;
  const value = context.lookup?.(expr.name);
  return value === undefined ? undefined : to64(value);
}

/** The commonest compound, `a + b` or `a - b` of two leaves, without the general evaluator. */
function evaluateSum(expr: Expr, context: ConstantContext): bigint | undefined {
  if (expr.kind !== 'binary' || (expr.op !== '+' && expr.op !== '-')) return undefined;
  const left = evaluateLeaf(expr.left, context);
  const right = left === undefined ? undefined : evaluateLeaf(expr.right, context);
  if (left === undefined || right === undefined) return undefined;
  return to64(expr.op === '+' ? left + right : left - right);
}

/** Deeper trees (a sum of thousands of terms) are refused rather than allowed to exhaust the stack. */
const MAX_DEPTH = 2000;

class ConstantEvaluator {
  private depth = 0;

  constructor(private readonly context: ConstantContext) {}

  evaluate(e: Expr): bigint {
    if (++this.depth > MAX_DEPTH) throw this.error(e.location, 'expression too deeply nested');
    try {
      return this.evaluateNode(e);
    } finally {
      this.depth--;
    }
  }

  private evaluateNode(e: Expr): bigint {
    switch (e.kind) {
      case 'number':
        return to64(e.value);
      case 'string':
        return this.characterConstant(e.bytes, e.location);
      case 'symbol': {
        const value = this.context.lookup?.(e.name);
        if (value === undefined) throw this.error(e.location, `symbol \`${e.name}' not defined before use`);
        return to64(value);
      }
      case 'float':
        throw this.error(e.location, 'expression syntax error');
      case 'here':
      case 'section-start':
      case 'wrt':
        throw this.nonConstant(e.location);
      case 'unary':
        return this.unary(e.op, e.operand, e.location);
      case 'binary':
      {
        const left = this.evaluate(e.left);
        const right = this.evaluate(e.right);
        // nasm 2.16's `a <=> b` with a < b yields no constant at all (the assembler then reads it as 0)
        if (e.op === '<=>' && left < right) throw this.nonConstant(e.location);
        return binary(e.op, left, right, () => this.error(e.location, 'division by zero'));
      }
      case 'conditional':
        return this.evaluate(e.condition) !== 0n ? this.evaluate(e.then) : this.evaluate(e.else);
      case 'call':
        return this.call(e.name, e.args, e.location);
    }
  }

  private unary(op: string, operand: Expr, location: SourceLocation): bigint {
    if (op === 'seg') throw this.error(location, 'cannot apply SEG to a non-relocatable value');
    const v = this.evaluate(operand);
    if (op === '-') return to64(-v);
    if (op === '~') return to64(~v);
    if (op === '!') return truth(v === 0n);
    return v;
  }

  /** Little-endian bytes; past the mode's limit nasm warns and keeps only as many as fit. */
  private characterConstant(bytes: Uint8Array, location: SourceLocation): bigint {
    let used = bytes;
    const limit = (this.context.bits ?? 64) === 64 ? 8 : 4;
    if (bytes.length > limit) {
      this.context.diagnostics?.push(diagnosticAt(location, 'warning', 'character constant too long [-w+other]'));
      used = bytes.subarray(0, limit);
    }
    let value = 0n;
    for (let i = used.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(used[i]!);
    return to64(value);
  }

  private call(name: string, args: Expr[], location: SourceLocation): bigint {
    if (name.startsWith('__ilog2')) return this.ilog2(name, this.evaluate(args[0]!), location);
    if (isUtfFunction(name)) {
      const bytes = utfEncode(name, (args[0] as Extract<Expr, { kind: 'string' }>).bytes);
      if (!bytes) throw this.error(location, invalidUtfInput(name));
      return this.characterConstant(bytes, location);
    }
    if (name.startsWith('__float') || name === '__bfloat16__') {
      const { text, negative } = this.floatArgument(args[0]!);
      try {
        return to64(floatFunctionValue(name, text, negative)!);
      } catch {
        throw this.error(args[0]!.location, 'expecting floating-point number');
      }
    }
    throw this.error(location, `\`${name}' is not supported in preprocessor expressions`);
  }

  private ilog2(name: string, value: bigint, location: SourceLocation): bigint {
    const { log, inexact } = integerLog2(name, value);
    if (inexact && name === '__ilog2e__') throw this.error(location, ILOG2_NOT_POWER_OF_TWO);
    if (inexact && name === '__ilog2w__') this.context.diagnostics?.push(diagnosticAt(location, 'warning', `${ILOG2_NOT_POWER_OF_TWO} [-w+other]`));
    return log;
  }

  private floatArgument(arg: Expr): { text: string; negative: boolean } {
    if (arg.kind === 'unary' && (arg.op === '-' || arg.op === '+')) {
      const inner = this.floatArgument(arg.operand);
      return { text: inner.text, negative: inner.negative !== (arg.op === '-') };
    }
    if (arg.kind !== 'float') throw this.error(arg.location, 'expecting floating-point number');
    return { text: arg.text, negative: false };
  }

  private nonConstant(location: SourceLocation): DiagnosticError {
    const directive = this.context.directive;
    return this.error(location, directive ? `non-constant value given to \`${directive}'` : 'non-constant value');
  }

  private error(location: SourceLocation, message: string): DiagnosticError {
    return new DiagnosticError(diagnosticAt(location, 'error', message));
  }
}

function binary(op: BinaryOperator, a: bigint, b: bigint, divisionByZero: () => Error): bigint {
  switch (op) {
    case '+': return to64(a + b);
    case '-': return to64(a - b);
    case '*': return to64(a * b);
    case '/':
      if (b === 0n) throw divisionByZero();
      return to64(unsigned(a) / unsigned(b));
    case '%':
      if (b === 0n) throw divisionByZero();
      return to64(unsigned(a) % unsigned(b));
    case '//':
      if (b === 0n) throw divisionByZero();
      return to64(a / b);
    case '%%':
      if (b === 0n) throw divisionByZero();
      return to64(a % b);
    case '<<': case '<<<': case '>>': case '>>>': return shifted(op, a, b);
    case '&': return to64(a & b);
    case '|': return to64(a | b);
    case '^': return to64(a ^ b);
    case '==': return truth(a === b);
    case '!=':
    case '<>': return truth(a !== b);
    case '<': return truth(a < b);
    case '<=': return truth(a <= b);
    case '>': return truth(a > b);
    case '>=': return truth(a >= b);
    case '<=>': return a > b ? 1n : 0n;
    case '&&': return truth(a !== 0n && b !== 0n);
    case '||': return truth(a !== 0n || b !== 0n);
    case '^^': return truth((a !== 0n) !== (b !== 0n));
  }
}
