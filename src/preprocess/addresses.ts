// Values that may be addresses, for the preprocessor's view of symbols: an expression tree in, a
// constant plus a sum of unknown bases (section starts, points after code of unknown size) out.
// Two labels in the same stretch of a section share a base, so their difference is a plain
// number even though neither address is known; anything not linear in the bases is left unknown.

import { DiagnosticError } from '../common/diagnostic.ts';
import type { Expr } from '../expr/ast.ts';
import { evaluateConstant } from '../expr/evaluate.ts';

/** constant + Σ coefficient × base(key); a plain number when `bases` is empty. */
export interface Address {
  constant: bigint;
  bases: ReadonlyMap<string, bigint>;
}

const NO_BASES: ReadonlyMap<string, bigint> = new Map();
const to64 = (v: bigint): bigint => BigInt.asIntN(64, v);

export function scalar(value: bigint): Address {
  return { constant: to64(value), bases: NO_BASES };
}

export function baseAddress(key: string): Address {
  return { constant: 0n, bases: new Map([[key, 1n]]) };
}

export function isScalar(address: Address): boolean {
  return address.bases.size === 0;
}

export function offsetBy(address: Address, delta: bigint): Address {
  // A label at the start of a stretch (just after code of unknown size) is the stretch's origin itself.
  if (delta === 0n) return address;
  return { constant: to64(address.constant + delta), bases: address.bases };
}

function combine(a: Address, b: Address, sign: bigint): Address {
  const bases = new Map(a.bases);
  for (const [key, coefficient] of b.bases) {
    const sum = (bases.get(key) ?? 0n) + sign * coefficient;
    if (sum === 0n) bases.delete(key);
    else bases.set(key, sum);
  }
  return { constant: to64(a.constant + sign * b.constant), bases };
}

function scaled(a: Address, factor: bigint): Address {
  if (factor === 0n) return scalar(0n);
  const bases = new Map([...a.bases].map(([key, coefficient]) => [key, coefficient * factor] as [string, bigint]));
  return { constant: to64(a.constant * factor), bases };
}

export interface AddressContext {
  symbol(name: string): Address | undefined;
  /** `$`. */
  here(): Address | undefined;
  /** `$$`. */
  sectionStart(): Address | undefined;
  bits: number;
}

/** The expression's value, or undefined when it is not known here (or is an error the assembler will report). */
export function evaluateAddress(expr: Expr, context: AddressContext): Address | undefined {
  try {
    return new AddressEvaluator(context).evaluate(expr);
  } catch (e) {
    if (e instanceof DiagnosticError) return undefined;
    throw e;
  }
}

class AddressEvaluator {
  constructor(private readonly context: AddressContext) {}

  evaluate(e: Expr): Address | undefined {
    switch (e.kind) {
      case 'number':
        return scalar(e.value);
      case 'symbol':
        return this.context.symbol(e.name);
      case 'here':
        return this.context.here();
      case 'section-start':
        return this.context.sectionStart();
      case 'unary': {
        const operand = this.evaluate(e.operand);
        if (!operand) return undefined;
        if (e.op === '+') return operand;
        if (e.op === '-') return scaled(operand, -1n);
        return isScalar(operand) ? this.constant({ ...e, operand: number(operand, e) }) : undefined;
      }
      case 'binary': {
        const left = this.evaluate(e.left);
        const right = left && this.evaluate(e.right);
        if (!left || !right) return undefined;
        if (e.op === '+') return combine(left, right, 1n);
        if (e.op === '-') return combine(left, right, -1n);
        if (e.op === '*' && isScalar(left)) return scaled(right, left.constant);
        if (e.op === '*' && isScalar(right)) return scaled(left, right.constant);
        if (!isScalar(left) || !isScalar(right)) return undefined;
        return this.constant({ ...e, left: number(left, e), right: number(right, e) });
      }
      case 'conditional': {
        const condition = this.evaluate(e.condition);
        if (!condition || !isScalar(condition)) return undefined;
        return this.evaluate(condition.constant !== 0n ? e.then : e.else);
      }
      default:
        // Character constants and float functions: plain numbers or nothing.
        return this.constant(e);
    }
  }

  /** nasm's integer semantics for everything but address arithmetic, from the constant evaluator. */
  private constant(e: Expr): Address {
    const lookup = (name: string): bigint | undefined => {
      const value = this.context.symbol(name);
      return value && isScalar(value) ? value.constant : undefined;
    };
    return scalar(evaluateConstant(e, { lookup, bits: this.context.bits }));
  }
}

function number(address: Address, at: Expr): Expr {
  return { kind: 'number', value: address.constant, location: at.location };
}
