// IEEE encodings of float constants: rounding as nasm does it, specials, and every width
// nasm's data directives use. Expected bytes were read from objects nasm 2.16 assembled.

import { describe, expect, it } from 'vitest';
import { encodeFloat } from '../../src/encode/float.ts';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).reverse().toString('hex');

describe('encodeFloat', () => {
  it.each([
    ['1.5', 8, false, '3ff8000000000000'],
    ['0.1', 8, false, '3fb999999999999a'],
    ['0.0', 8, true, '8000000000000000'],
    ['4.9e-324', 8, false, '0000000000000001'],
    ['1.5', 4, false, '3fc00000'],
    ['2.25e3', 4, true, 'c50ca000'],
    ['0x1.8p3', 4, false, '41400000'],
    ['1e-45', 4, false, '00000001'],
    ['65504.0', 2, false, '7bff'],
    ['1.5', 10, false, '3fffc000000000000000'],
    ['3.14159265358979323846', 10, false, '4000c90fdaa22168c235'],
    ['1.5', 16, false, '3fff8000000000000000000000000000'],
    ['0t3.5', 8, false, '400c000000000000'],
    ['0b1.1p1', 8, false, '4008000000000000'],
  ])('%s as %i bytes (negative: %s)', (text, size, negative, expected) => {
    expect(hex(encodeFloat(text, size, negative))).toBe(expected);
  });

  it('overflows to infinity and encodes the special names', () => {
    expect(hex(encodeFloat('1e4000', 10, true))).toBe('f3e6d1ba8323fe558c61');
    expect(hex(encodeFloat('1e5000', 10, true))).toBe('ffff8000000000000000');
    expect(hex(encodeFloat('__Infinity__', 4, false))).toBe('7f800000');
    expect(hex(encodeFloat('__QNaN__', 4, false))).toBe('7fc00000');
    expect(hex(encodeFloat('__SNaN__', 4, false))).toBe('7f800001');
    expect(hex(encodeFloat('__SNaN__', 10, false))).toBe('7fff8000000000000001');
  });

  it("reads what nasm reads and words its complaints as nasm does", () => {
    expect(hex(encodeFloat('1.5e', 4, false))).toBe('3fc00000');
    expect(hex(encodeFloat('1e+', 8, false))).toBe('3ff0000000000000');
    expect(() => encodeFloat('1.2.3', 4, false)).toThrow('too many periods in floating-point constant');
    expect(() => encodeFloat('0x1.2.3p1', 8, false)).toThrow('too many periods in floating-point constant');
    expect(() => encodeFloat('0b1.2p1', 8, false)).toThrow("floating-point constant: `2' is invalid character");
    expect(() => encodeFloat('1.5e1x', 8, false)).toThrow("invalid character in floating-point constant exponent: 'x'");
  });

  it("gives nasm's default warnings: overflow, and digits past the 52 it reads", () => {
    const warnings: string[] = [];
    encodeFloat('1e999', 4, false, warnings);
    encodeFloat('1.5', 4, false, warnings);
    encodeFloat(`1.${'0'.repeat(52)}1`, 8, false, warnings);
    expect(warnings).toEqual([
      'overflow in floating-point constant [-w+float-overflow]',
      'floating-point constant significand contains more than 52 digits [-w+float-toolong]',
    ]);
  });

  it("keeps nasm's arithmetic where it is not correctly rounded", () => {
    // 1.1e10 lies exactly on a float32 rounding tie; nasm's truncated binary fraction falls below it.
    expect(hex(encodeFloat('1.1e10', 4, false))).toBe('5023e9ab');
    expect(hex(encodeFloat('1.4e23', 8, false))).toBe('44bda56a4b0835bf');
    // nasm's normal range reaches one exponent past the largest finite one.
    expect(hex(encodeFloat('0x1.8p128', 4, false))).toBe('7fc00000');
    expect(hex(encodeFloat('1.0E2147483649', 4, false))).toBe('7f800000');
  });
});
