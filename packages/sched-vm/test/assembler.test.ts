// Assembler and disassembler: defaults for bare mnemonics, labels, nasm-style errors, and the
// round trip source -> binary -> disassembly -> source -> the same binary.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSource } from '../src/assembler/assemble.ts';
import { disassembleProgram } from '../src/assembler/disassemble.ts';
import { decodeProgram, encodeProgram } from '../src/program/binary.ts';
import { OPCODES } from '../src/program/isa.ts';
import { programFromInstructions } from '../src/program/program.ts';

const examples = new URL('../examples/', import.meta.url).pathname;

function errorsOf(source: string): string[] {
  try {
    assembleSource(source, 'bad.s');
  } catch (error) {
    return (error as Error).message.split('\n');
  }
  throw new Error('assembled without complaint');
}

function roundTrip(bytes: Uint8Array): Uint8Array {
  return encodeProgram(assembleSource(disassembleProgram(decodeProgram(bytes, 'x.bin'), 'x.bin'), 'x.s'));
}

describe('assembler', () => {
  it('gives bare mnemonics their default operands', () => {
    const program = assembleSource('push\nADD\nSUB\nLOAD\nSLEEP\nSTORE\n', 'p.s');
    expect(Array.from(program.operands)).toEqual([0, 1, 1, 0, 0, 0]);
  });

  it('resolves labels, forward and backward, and reads hex, binary and negative numbers', () => {
    const program = assembleSource('start: PUSH 0x10\nJZ end ; forward\nPUSH -3\nPUSH 0b101\nJMP start\nend:\nHALT\n', 'p.s');
    expect(Array.from(program.operands)).toEqual([16, 5, -3, 5, 0, 0]);
  });

  it('reports every bad line as FILE:LINE: error', () => {
    expect(errorsOf('PUSH 1 2\nFROB\nJMP nowhere\nLOAD 256\nMUL\nSLEEP -1\nHALT 3\nx: NOP\nx: NOP\nPUSH 99999999999\nPUSH five\n')).toEqual([
      'bad.s:1: error: PUSH takes at most one operand, got 2',
      "bad.s:2: error: unknown instruction `FROB'",
      "bad.s:3: error: undefined label `nowhere'",
      'bad.s:4: error: address 256 is outside task memory (0..255)',
      'bad.s:5: error: MUL needs an operand',
      'bad.s:6: error: SLEEP cannot take a negative tick count',
      "bad.s:7: error: HALT takes no operand, got `3'",
      "bad.s:9: error: label `x' defined twice",
      'bad.s:10: error: operand 99999999999 does not fit in 32 bits',
      "bad.s:11: error: PUSH expects an integer, got `five'",
    ]);
  });

  it('rejects a file with no instructions and a label past the end', () => {
    expect(errorsOf('; nothing\n')).toEqual(['bad.s: error: no instructions']);
    expect(errorsOf('JMP end\nend:\n')).toEqual(["bad.s:1: error: label `end' marks no instruction"]);
  });
});

describe('disassembler', () => {
  it('names jump targets with labels and leaves defaults bare', () => {
    const text = disassembleProgram(assembleSource('PUSH 3\nloop: SUB\nDUP\nJNZ loop\nJMP 99\n', 'p.s'));
    expect(text).toBe('    PUSH 3\nL1:\n    SUB\n    DUP\n    JNZ L1\n    JMP 99\n');
  });

  it('round-trips every example to identical bytes', () => {
    const sources = readdirSync(examples).filter((f) => f.endsWith('.s'));
    expect(sources.length).toBeGreaterThan(3);
    for (const file of sources) {
      const bytes = encodeProgram(assembleSource(readFileSync(join(examples, file), 'utf8'), file));
      expect(roundTrip(bytes)).toEqual(bytes);
    }
  });

  it('round-trips every opcode with edge operands', () => {
    const instructions = OPCODES.flatMap((info) =>
      info.operand === 'none'
        ? [{ op: info.code, operand: 0 }]
        : info.operand === 'address'
          ? [{ op: info.code, operand: 0 }, { op: info.code, operand: 255 }]
          : info.operand === 'ticks'
            ? [{ op: info.code, operand: 0 }, { op: info.code, operand: 2147483647 }]
            : [{ op: info.code, operand: -2147483648 }, { op: info.code, operand: 1 }, { op: info.code, operand: 0 }],
    );
    const bytes = encodeProgram(programFromInstructions(instructions));
    expect(roundTrip(bytes)).toEqual(bytes);
  });
});
