// One instruction operand from tokens: a register, an immediate expression, or a memory reference
// `[base + index*scale + disp]` with its size keyword, `rel`/`abs`, `strict` and segment. The
// memory expression is taken apart into registers and a displacement the way nasm reads it.

import type { Token } from '../lex/token.ts';
import type { Expr } from '../expr/ast.ts';
import { expressionFunctionName } from '../expr/functions.ts';
import { lookupRegister, type RegisterInfo } from './registers.ts';
import type { Operand, MemoryOperand } from './program.ts';
import { ParseError, readExpression, tokenAt } from './expression.ts';
import { keywordOf, type Keyword } from './keywords.ts';

const isOp = (token: Token | undefined, text: string): boolean => token?.kind === 'operator' && token.text === text;

const atOperandEnd = (token: Token | undefined): boolean => token === undefined || token.kind === 'end' || isOp(token, ',');

/**
 * An identifier the expression parser would read as nothing but a symbol: not `seg` or a function
 * such as `__float32__` (which the expression parser treats specially unless written with `$`).
 */
function isPlainSymbol(token: Token, keyword: Keyword | undefined): boolean {
  if (token.escaped) return true;
  return keyword?.name !== 'seg' && expressionFunctionName(token.text) === undefined;
}

/** A line's tokens and where reading has got to: one per parser, reused from operand to operand. */
export interface TokenCursor {
  tokens: Token[];
  /** The next token to read; parseOperand leaves it just past the operand (at `,` or the end). */
  position: number;
}

/** Parses one operand at the cursor and moves the cursor past it. */
export function parseOperand(cursor: TokenCursor): Operand {
  const tokens = cursor.tokens;
  let i = cursor.position;
  let size: number | undefined;
  let strict = false;
  let distance: 'short' | 'near' | 'far' | undefined;
  let first = tokenAt(tokens, i);
  let keyword = keywordOf(first);
  for (;;) {
    if (keyword?.size !== undefined) size = keyword.size;
    else if (keyword?.modifier === 'strict') strict = true;
    else if (keyword?.modifier === 'short' || keyword?.modifier === 'near' || keyword?.modifier === 'far') distance = keyword.modifier;
    else break;
    first = tokenAt(tokens, ++i);
    keyword = keywordOf(first);
  }
  if (isOp(first, '[')) {
    const memory = parseMemory(cursor, i, size, strict);
    if (distance === 'far') memory.far = true;
    return memory;
  }
  const second = tokens[i + 1];
  if (keyword?.register?.regClass === 'segment' && isOp(second, ':') && isOp(tokens[i + 2], '[')) {
    const memory = parseMemory(cursor, i + 2, size, strict);
    memory.segment = keyword.name;
    return memory;
  }
  if (atOperandEnd(second)) {
    const registerOperand = keyword?.registerOperand;
    if (registerOperand) {
      const register = registerOperand.register;
      if (size !== undefined && size !== register.size && register.regClass === 'gpr') {
        throw new ParseError('invalid combination of opcode and operands', first);
      }
      cursor.position = i + 1;
      return registerOperand;
    }
    // The commonest immediates, a lone symbol or number, need no expression parser.
    const value = first.kind === 'identifier' && isPlainSymbol(first, keyword) ? { kind: 'symbol' as const, name: first.text, location: first.location }
      : first.kind === 'number' && first.value !== undefined ? { kind: 'number' as const, value: first.value, location: first.location }
      : undefined;
    if (value) {
      cursor.position = i + 1;
      return { kind: 'immediate', value, size, strict, distance };
    }
  }
  if (first.kind === 'end') throw new ParseError('expression syntax error', first);
  const { expr, next } = readExpression(tokens, i);
  cursor.position = next;
  return { kind: 'immediate', value: expr, size, strict, distance };
}

/** The memory reference whose `[` is at `open`; leaves the cursor after its `]`. */
function parseMemory(cursor: TokenCursor, open: number, size: number | undefined, strict: boolean): MemoryOperand {
  const tokens = cursor.tokens;
  let i = open + 1;
  // Every field from the start: one shape for all memory operands, whichever path fills them.
  const memory: MemoryOperand = {
    kind: 'memory', size, displacementSize: undefined, segment: undefined, base: undefined, index: undefined, scale: 1,
    displacement: undefined, addressing: undefined, strict, nosplit: undefined, addressSize: undefined, far: undefined,
  };
  let nosplit = false;
  for (;;) {
    const token = tokens[i];
    const keyword = keywordOf(token);
    if (keyword?.size !== undefined) memory.displacementSize = keyword.size;
    else if (keyword?.modifier === 'rel' || keyword?.modifier === 'abs') memory.addressing = keyword.modifier;
    else if (keyword?.modifier === 'nosplit') nosplit = true;
    else if (keyword?.modifier === 'a64') memory.addressSize = 8;
    else if (keyword?.modifier === 'a32') memory.addressSize = 4;
    else if (keyword?.modifier === 'strict') memory.strict = true;
    else if (keyword?.register?.regClass === 'segment' && isOp(tokens[i + 1], ':')) {
      memory.segment = keyword.name;
      i++;
    } else break;
    i++;
  }
  if (isOp(tokens[i], ']')) throw new ParseError('expression syntax error', tokenAt(tokens, i));
  const simple = readSimpleAddress(tokens, i, memory);
  if (simple !== undefined) {
    if (nosplit) memory.nosplit = true;
    cursor.position = simple;
    return memory;
  }
  const { expr, next } = readExpression(tokens, i);
  if (!isOp(tokens[next], ']')) throw new ParseError('expecting ]', tokenAt(tokens, next));
  splitAddress(expr, memory, nosplit, tokens[open]!);
  cursor.position = next + 1;
  return memory;
}

/**
 * The commonest addresses, `[symbol]`, `[reg]` and `[reg ± number]` with a general-purpose register,
 * filled in as splitAddress would; returns the index after `]`, or undefined for any other shape.
 */
function readSimpleAddress(tokens: Token[], start: number, memory: MemoryOperand): number | undefined {
  const first = tokens[start];
  if (first?.kind !== 'identifier') return undefined;
  const keyword = keywordOf(first);
  const register = keyword?.register;
  const after = tokens[start + 1];
  if (isOp(after, ']')) {
    if (register === undefined && isPlainSymbol(first, keyword)) {
      memory.displacement = { kind: 'symbol', name: first.text, location: first.location };
      return start + 2;
    }
    if (register?.regClass !== 'gpr') return undefined;
    memory.base = register;
    return start + 2;
  }
  if (register?.regClass !== 'gpr' || !(isOp(after, '+') || isOp(after, '-'))) return undefined;
  const number = tokens[start + 2];
  if (number?.kind !== 'number' || number.value === undefined || !isOp(tokens[start + 3], ']')) return undefined;
  const displacement: Expr = { kind: 'number', value: number.value, location: number.location };
  memory.base = register;
  memory.displacement = after!.text === '-' ? { kind: 'unary', op: '-', operand: displacement, location: number.location } : displacement;
  return start + 4;
}

interface RegisterTerm {
  register: RegisterInfo;
  scale: bigint;
}

/** Separates `rbx + rcx*8 + disp` into registers and the displacement expression. */
function splitAddress(expr: Expr, memory: MemoryOperand, nosplit: boolean, at: Token): void {
  const registers: RegisterTerm[] = [];
  const rest: Expr[] = [];
  collectTerms(expr, 1n, registers, rest, at);
  const merged = new Map<string, RegisterTerm>();
  for (let i = 0; i < registers.length; i++) {
    const term = registers[i]!;
    const seen = merged.get(term.register.name);
    if (seen) seen.scale += term.scale;
    else merged.set(term.register.name, { ...term });
  }
  const terms = [...merged.values()].filter((t) => t.scale !== 0n);
  if (terms.length > 2) throw new ParseError('invalid effective address: too many registers', at);
  const scaled = terms.filter((t) => t.scale !== 1n);
  if (scaled.length > 1) throw new ParseError('invalid effective address: two index registers', at);
  const unscaled = terms.filter((t) => t.scale === 1n);
  if (scaled.length === 1) {
    memory.index = scaled[0]!.register;
    memory.scale = Number(scaled[0]!.scale);
    memory.base = unscaled[0]?.register;
  } else {
    memory.base = unscaled[0]?.register;
    memory.index = unscaled[1]?.register;
  }
  if (nosplit) memory.nosplit = true;
  if (memory.base && memory.base.regClass !== 'gpr' && memory.scale === 1) {
    // a vector register is always the (VSIB) index, whichever side it was written on
    [memory.base, memory.index] = [memory.index, memory.base];
  }
  if (memory.base && memory.index && memory.index.regClass === 'gpr' && memory.base.size !== memory.index.size) throw new ParseError('impossible combination of address sizes', at);
  if (memory.index?.name === 'rsp' || memory.index?.name === 'esp') {
    // rsp cannot be an index; nasm swaps it into the base when it is not scaled
    if (memory.scale !== 1 || memory.base?.name === 'rsp' || memory.base?.name === 'esp') throw new ParseError(`invalid ${memory.index.size * 8}-bit effective address`, at);
    [memory.base, memory.index] = [memory.index, memory.base];
  }
  if (memory.index && ![1, 2, 3, 4, 5, 8, 9].includes(memory.scale)) throw new ParseError(`invalid ${memory.index.size * 8}-bit effective address`, at);
  if (memory.index && memory.base && ![1, 2, 4, 8].includes(memory.scale)) throw new ParseError(`invalid ${memory.index.size * 8}-bit effective address`, at);
  if (rest.length > 0) {
    memory.displacement = rest.reduce((left, right) => ({ kind: 'binary', op: '+', left, right, location: left.location }));
  }
}

function collectTerms(expr: Expr, sign: bigint, registers: RegisterTerm[], rest: Expr[], at: Token): void {
  if (expr.kind === 'symbol') {
    const register = lookupRegister(expr.name);
    if (register && (register.regClass === 'gpr' || register.regClass === 'xmm' || register.regClass === 'ymm' || register.regClass === 'zmm')) {
      registers.push({ register, scale: sign });
      return;
    }
  }
  if (expr.kind === 'binary' && (expr.op === '+' || expr.op === '-') && containsRegister(expr)) {
    collectTerms(expr.left, sign, registers, rest, at);
    collectTerms(expr.right, expr.op === '-' ? -sign : sign, registers, rest, at);
    return;
  }
  if (expr.kind === 'unary' && (expr.op === '-' || expr.op === '+') && containsRegister(expr)) {
    collectTerms(expr.operand, expr.op === '-' ? -sign : sign, registers, rest, at);
    return;
  }
  if (expr.kind === 'binary' && expr.op === '*' && containsRegister(expr)) {
    const [registerSide, factorSide] = containsRegister(expr.left) ? [expr.left, expr.right] : [expr.right, expr.left];
    const factor = constantValue(factorSide);
    if (factor === undefined || containsRegister(factorSide)) throw new ParseError('invalid effective address', at);
    const inner: RegisterTerm[] = [];
    collectTerms(registerSide, sign * factor, inner, rest, at);
    registers.push(...inner);
    return;
  }
  if (containsRegister(expr)) throw new ParseError('invalid effective address', at);
  rest.push(sign < 0n ? { kind: 'unary', op: '-', operand: expr, location: expr.location } : expr);
}

function containsRegister(expr: Expr): boolean {
  switch (expr.kind) {
    case 'symbol': {
      const register = lookupRegister(expr.name);
      return register !== undefined && register.regClass !== 'segment';
    }
    case 'unary': return containsRegister(expr.operand);
    case 'binary': return containsRegister(expr.left) || containsRegister(expr.right);
    default: return false;
  }
}

/** A scale factor: a plain integer expression without symbols. */
function constantValue(expr: Expr): bigint | undefined {
  switch (expr.kind) {
    case 'number': return expr.value;
    case 'unary': {
      const v = constantValue(expr.operand);
      if (v === undefined) return undefined;
      return expr.op === '-' ? -v : expr.op === '+' ? v : undefined;
    }
    case 'binary': {
      const l = constantValue(expr.left);
      const r = constantValue(expr.right);
      if (l === undefined || r === undefined) return undefined;
      if (expr.op === '*') return l * r;
      if (expr.op === '+') return l + r;
      if (expr.op === '-') return l - r;
      if (expr.op === '<<') return l << r;
      return undefined;
    }
    default: return undefined;
  }
}
