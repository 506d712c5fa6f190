// Operand parsing: registers, immediates with size keywords, and memory references taken apart
// into base, index, scale and displacement as nasm reads them.

import { describe, expect, it } from 'vitest';
import { parseSource } from './helpers.ts';
import type { Operand } from '../../src/parse/program.ts';

function operandsOf(line: string): Operand[] {
  const program = parseSource(line);
  expect(program.diagnostics).toEqual([]);
  const statement = program.statements.find((s) => s.kind === 'instruction');
  if (statement?.kind !== 'instruction') throw new Error('no instruction');
  return statement.operands;
}

function memoryOf(line: string) {
  const memory = operandsOf(line).find((o) => o.kind === 'memory');
  if (memory?.kind !== 'memory') throw new Error('no memory operand');
  return memory;
}

describe('parseOperand', () => {
  it('reads registers case-insensitively', () => {
    const [first, second] = operandsOf('mov RAX, r12d');
    expect(first).toMatchObject({ kind: 'register', register: { name: 'rax', size: 8 } });
    expect(second).toMatchObject({ kind: 'register', register: { name: 'r12d', size: 4 } });
  });

  it('reads base + index*scale + displacement in any order', () => {
    const memory = memoryOf('mov eax, [8*rcx + 0x10 + rbx]');
    expect(memory.base?.name).toBe('rbx');
    expect(memory.index?.name).toBe('rcx');
    expect(memory.scale).toBe(8);
    expect(memory.displacement).toMatchObject({ kind: 'number', value: 16n });
  });

  it('keeps negative displacements as an expression', () => {
    const memory = memoryOf('cmp byte [rdi + rax - 1], 10');
    expect(memory.size).toBe(1);
    expect(memory.base?.name).toBe('rdi');
    expect(memory.index?.name).toBe('rax');
    expect(memory.displacement).toMatchObject({ kind: 'unary', op: '-' });
  });

  it('reads rel/abs, size keywords inside brackets and segment overrides', () => {
    expect(memoryOf('lea rdi, [rel msg]')).toMatchObject({ addressing: 'rel', displacement: { kind: 'symbol', name: 'msg' } });
    expect(memoryOf('mov rax, [abs 0x1000]')).toMatchObject({ addressing: 'abs' });
    expect(memoryOf('mov eax, [dword rbx + 1]')).toMatchObject({ displacementSize: 4 });
    expect(memoryOf('mov rax, [fs:0x28]')).toMatchObject({ segment: 'fs' });
    // nasm knows no rip register: `[rip + 8]` names a symbol, and `rel` asks for rip-relative
    expect(memoryOf('mov rax, qword [rip + 8]')).toMatchObject({ base: undefined, displacement: { kind: 'binary', left: { kind: 'symbol', name: 'rip' } } });
  });

  it('keeps `wrt` on the displacement', () => {
    expect(memoryOf('mov rax, [rel stdin wrt ..got]').displacement).toMatchObject({ kind: 'wrt', target: '..got' });
  });

  it('swaps an unscaled rsp index into the base', () => {
    const memory = memoryOf('mov rax, [rbx + rsp]');
    expect(memory.base?.name).toBe('rsp');
    expect(memory.index?.name).toBe('rbx');
  });

  it('reads immediates with size keywords, strict and jump distances', () => {
    const [target] = operandsOf('jmp short done');
    expect(target).toMatchObject({ kind: 'immediate', distance: 'short' });
    const [, imm] = operandsOf('add eax, strict dword 5');
    expect(imm).toMatchObject({ kind: 'immediate', size: 4, strict: true });
  });

  it('reads lone registers, numbers, symbols and [sym], [reg], [reg ± n] as the general path does', () => {
    expect(operandsOf('mov rax, 5')[1]).toMatchObject({ kind: 'immediate', value: { kind: 'number', value: 5n }, strict: false });
    expect(operandsOf('call $seg')[0]).toMatchObject({ kind: 'immediate', value: { kind: 'symbol', name: 'seg' } });
    expect(operandsOf('mov rax, __float64__(1.5)')[1]).toMatchObject({ kind: 'immediate', value: { kind: 'call', name: '__float64__' } });
    expect(memoryOf('mov rax, [rel msg]')).toMatchObject({ addressing: 'rel', base: undefined, displacement: { kind: 'symbol', name: 'msg' } });
    expect(memoryOf('mov rax, [rsp]')).toMatchObject({ base: { name: 'rsp' }, index: undefined, displacement: undefined });
    expect(memoryOf('mov rax, [rbp - 8]')).toMatchObject({ base: { name: 'rbp' }, displacement: { kind: 'unary', op: '-', operand: { kind: 'number', value: 8n } } });
    expect(memoryOf('mov rax, [r12 + 16]')).toMatchObject({ base: { name: 'r12' }, displacement: { kind: 'number', value: 16n } });
    expect(memoryOf('mov rax, [xmm1]')).toMatchObject({ base: undefined, index: { name: 'xmm1' } });
  });

  it('gives every use of a register the same frozen operand', () => {
    const [first, second] = operandsOf('imul rax, rax, 3');
    expect(first).toBe(second);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it.each([
    ['mov rax, [rax + rbx + rcx]', 'invalid effective address: too many registers'],
    ['mov rax, [rax*2 + rbx*2]', 'invalid effective address: two index registers'],
    ['mov rax, [eax + rbx]', 'impossible combination of address sizes'],
    ['mov rax, [rbx*16]', 'invalid 64-bit effective address'],
    ['mov rax, [rbx + rsp*2]', 'invalid 64-bit effective address'],
  ])('rejects %s', (line, message) => {
    expect(parseSource(line).diagnostics.map((d) => d.message)).toEqual([message]);
  });
});
