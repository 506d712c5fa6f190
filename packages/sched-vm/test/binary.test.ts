// The binary format: what the assembler writes, and every way a file can be bad.

import { describe, expect, it } from 'vitest';
import { decodeProgram, encodeProgram, SVM_HEADER_SIZE } from '../src/program/binary.ts';
import { InputError } from '../src/program/diagnostic.ts';
import { asm } from './helpers.ts';

function decodeError(bytes: Uint8Array): string {
  try {
    decodeProgram(bytes, 'x.bin');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('decoded without complaint');
}

/** A valid header followed by `code`. */
function withHeader(code: number[], declaredSize = code.length): Uint8Array {
  const bytes = new Uint8Array(SVM_HEADER_SIZE + code.length);
  bytes.set([0x53, 0x56, 0x4d, 0x00, 1, 0, 0, 0]);
  new DataView(bytes.buffer).setUint32(8, declaredSize, true);
  bytes.set(code, SVM_HEADER_SIZE);
  return bytes;
}

describe('binary format', () => {
  it('writes magic, version, size, then opcodes with 4-byte little-endian operands', () => {
    const bytes = encodeProgram(asm('PUSH -2\nNOP\nJMP 0\n'));
    expect(Array.from(bytes)).toEqual([
      0x53, 0x56, 0x4d, 0x00, 1, 0, 0, 0, 11, 0, 0, 0,
      0x01, 0xfe, 0xff, 0xff, 0xff,
      0x06,
      0x09, 0, 0, 0, 0,
    ]);
    expect(decodeProgram(bytes, 'x.bin')).toEqual(asm('PUSH -2\nNOP\nJMP 0\n'));
  });

  it('rejects a foreign file', () => {
    expect(decodeError(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0]))).toBe('x.bin: error: not a sched-vm binary (no SVM magic)');
  });

  it('points at the assembler when given source text', () => {
    expect(decodeError(new TextEncoder().encode('PUSH\nADD\nHALT\n'))).toMatch(/looks like source text: assemble it with `sched-vm asm`/);
  });

  it('rejects a file shorter than the header', () => {
    expect(decodeError(Uint8Array.from([0x53, 0x56]))).toMatch(/not a sched-vm binary/);
  });

  it('rejects other format versions', () => {
    const bytes = withHeader([0x07]);
    bytes[4] = 2;
    expect(decodeError(bytes)).toBe('x.bin: error: unsupported format version 2 (this sched-vm reads version 1)');
  });

  it('rejects an unknown opcode instead of skipping it', () => {
    expect(decodeError(withHeader([0x06, 0x99, 0x07]))).toBe('x.bin: error: unknown opcode 0x99 at offset 0xd');
    expect(decodeError(withHeader([0x00]))).toBe('x.bin: error: unknown opcode 0x0 at offset 0xc');
  });

  it('rejects a truncated operand', () => {
    expect(decodeError(withHeader([0x06, 0x01, 5, 0]))).toBe('x.bin: error: truncated operand of PUSH at offset 0xd');
  });

  it('rejects a file cut short, or with bytes after the code', () => {
    expect(decodeError(withHeader([0x06], 5))).toBe('x.bin: error: truncated file: header says 5 code bytes, file has 1');
    expect(decodeError(withHeader([0x06, 0x07], 1))).toBe('x.bin: error: 1 stray bytes after the code');
  });

  it('rejects an empty program and non-zero reserved bytes', () => {
    expect(decodeError(withHeader([]))).toBe('x.bin: error: program has no instructions');
    const bytes = withHeader([0x07]);
    bytes[6] = 1;
    expect(decodeError(bytes)).toMatch(/reserved header bytes/);
  });
});
