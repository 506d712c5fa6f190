// stdio shims on a fake engine: output through host files, buffering, getline growth as glibc.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { GuestMemoryError } from '../../emulator/engine.ts';
import { createHarness, SCRATCH, type Harness } from './harness.ts';

let h: Harness;
afterEach(() => h?.close());

const stdoutFile = (x: Harness) => x.readU64(x.libc.dataSymbol('stdout')!);
const stderrFile = (x: Harness) => x.readU64(x.libc.dataSymbol('stderr')!);
const stdinFile = (x: Harness) => x.readU64(x.libc.dataSymbol('stdin')!);

describe('output', () => {
  it('puts and printf are fully buffered into a file until exit flushes them', () => {
    h = createHarness();
    expect(h.call('puts', [h.string('hello')])).toBe(6n);
    expect(h.call('printf', [h.string('%d-%s\n'), 42, h.string('x')])).toBe(5n);
    expect(h.stdoutText()).toBe('');
    h.libc.exit(3);
    expect(h.stdoutText()).toBe('hello\n42-x\n');
    expect(h.libc.exitStatus).toBe(3);
    expect(h.engine.stopped).toBe(true);
  });

  it('stdout on a terminal is line-buffered; stderr is never buffered', () => {
    h = createHarness({ terminal: true });
    h.call('printf', [h.string('> ')]);
    expect(h.stdoutText()).toBe('');
    h.call('printf', [h.string('a\nb')]);
    expect(h.stdoutText()).toBe('> a\n');
    h.call('fprintf', [stderrFile(h), h.string('err %d'), 7]);
    expect(h.stderrText()).toBe('err 7');
    h.call('fflush', [0]);
    expect(h.stdoutText()).toBe('> a\nb');
  });

  it('setvbuf(stdout, NULL, _IONBF, 0) makes every printf reach the descriptor at once', () => {
    h = createHarness();
    expect(h.call('setvbuf', [stdoutFile(h), 0, 2, 0])).toBe(0n);
    h.call('printf', [h.string('now')]);
    expect(h.stdoutText()).toBe('now');
    h.call('setvbuf', [stdoutFile(h), 0, 1, 0]);
    h.call('printf', [h.string('a\nb')]);
    expect(h.stdoutText()).toBe('nowa\n');
  });

  it('printf reads ints and doubles separately, overflowing both to the stack in order', () => {
    h = createHarness();
    const format = h.string('%d %d %d %d %d %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %d %.2f %d');
    // five ints use rsi..r9; eight doubles use xmm0-7; then the stack holds 6, 9.25, 7 in call order
    const stack = [6n, new BigUint64Array(new Float64Array([9.25]).buffer)[0], 7n];
    h.call('printf', [format, 1, 2, 3, 4, 5], [0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5], stack);
    h.call('fflush', [stdoutFile(h)]);
    expect(h.stdoutText()).toBe('1 2 3 4 5 0.5 1.5 2.5 3.5 4.5 5.5 6.5 7.5 6 9.25 7');
  });

  it('printf takes a long double from the 16-byte aligned stack and stores %n through a pointer', () => {
    h = createHarness();
    const count = SCRATCH + 0x9000;
    // rsi: 5; the stack: 1.5L's 80 bits in two slots (rsp + 8 is 16-byte aligned at entry)
    const x87OnePointFive = [0xc000_0000_0000_0000n, 0x3fffn];
    h.call('printf', [h.string('%d %Lf%n|'), 5, count], [], x87OnePointFive);
    h.call('fflush', [0]);
    expect(h.stdoutText()).toBe('5 1.500000|');
    // after an int on the stack, the next long double skips to the next 16-byte boundary
    h.call('printf', [h.string('%d%d%d%d%d|%d %Lf\n'), 1, 2, 3, 4, 5], [], [6n, 0xdeadn, ...x87OnePointFive]);
    h.call('fflush', [0]);
    expect(h.stdoutText()).toBe('5 1.500000|12345|6 1.500000\n');
    expect(new DataView(h.engine.readMemory(count, 4).buffer).getInt32(0, true)).toBe(10);
  });

  it('putchar, fputs, fputc return what glibc returns', () => {
    h = createHarness();
    expect(h.call('putchar', [0x178])).toBe(0x78n);
    expect(h.call('fputs', [h.string('ab'), stdoutFile(h)])).toBe(1n);
    expect(h.call('fputc', [300, stdoutFile(h)])).toBe(44n);
    h.libc.flushAll();
    expect(h.stdoutText()).toBe('xab,');
  });

  it('write(1, ...) goes past the stdout buffer, as the system call does', () => {
    h = createHarness();
    h.call('printf', [h.string('buffered ')]);
    expect(h.call('write', [1, h.string('direct '), 7])).toBe(7n);
    expect(h.call('write', [-1, h.string('x'), 1])).toBe(0xffff_ffff_ffff_ffffn);
    h.libc.exit(0);
    expect(h.stdoutText()).toBe('direct buffered ');
  });

  it('a NULL format gives -1 and EINVAL, as glibc checks for it', () => {
    h = createHarness();
    expect(h.call('printf', [0])).toBe(0xffff_ffffn);
    expect(new DataView(h.engine.readMemory(Number(h.call('__errno_location')), 4).buffer).getInt32(0, true)).toBe(22);
    expect(h.call('snprintf', [SCRATCH + 0x9000, 8, 0])).toBe(0xffff_ffffn);
  });

  it('a field too wide to render gives -1 and EOVERFLOW instead of exhausting the host', () => {
    h = createHarness();
    expect(h.call('printf', [h.string('%2147483647d'), 1])).toBe(0xffff_ffffn);
    expect(new DataView(h.engine.readMemory(Number(h.call('__errno_location')), 4).buffer).getInt32(0, true)).toBe(75);
    expect(h.call('printf', [h.string('%*d'), 1000, 1])).toBe(1000n);
    expect(h.call('printf', [h.string('%.99999999f')], [0.1])).toBe(0xffff_ffffn);
    expect(h.call('printf', [h.string('%.16000f')], [0.1])).toBe(16002n);
  });

  it('a wide character with no C-locale form fails the call after writing the text before it, as glibc does', () => {
    h = createHarness();
    expect(h.call('printf', [h.string('[x%lcy]'), 0xe9])).toBe(0xffff_ffffn);
    expect(new DataView(h.engine.readMemory(Number(h.call('__errno_location')), 4).buffer).getInt32(0, true)).toBe(84);
    const wide = SCRATCH + 0x9000;
    h.engine.writeMemory(wide, new Uint8Array(new Uint32Array([0x61, 0x62, 0]).buffer));
    expect(h.call('printf', [h.string('|%ls|'), wide])).toBe(4n);
    h.libc.flushAll();
    expect(h.stdoutText()).toBe('[x|ab|');
  });

  it('dprintf writes to the descriptor at once, leaving stdout\'s buffer as it is', () => {
    h = createHarness();
    h.call('printf', [h.string('first ')]);
    expect(h.call('dprintf', [1, h.string('<%d>'), 7])).toBe(3n);
    h.libc.flushAll();
    expect(h.stdoutText()).toBe('<7>first ');
  });

  it('sprintf and snprintf write NUL-terminated text and return the full length', () => {
    h = createHarness();
    const buffer = SCRATCH + 0x8000;
    expect(h.call('sprintf', [buffer, h.string('%05.1f|%x'), 255], [3.14159])).toBe(8n);
    expect(h.readString(buffer)).toBe('003.1|ff');
    expect(h.call('snprintf', [buffer, 4, h.string('%s'), h.string('abcdef')])).toBe(6n);
    expect(h.readString(buffer)).toBe('abc');
  });

  it('puts(NULL) faults like glibc instead of printing', () => {
    h = createHarness();
    expect(() => h.call('puts', [0])).toThrow(GuestMemoryError);
  });

  it('a FILE* that is not a stream faults', () => {
    h = createHarness();
    expect(() => h.call('fputs', [h.string('x'), 0x1234])).toThrow(GuestMemoryError);
  });

  it('perror writes "prefix: message" for errno', () => {
    h = createHarness();
    h.call('strtol', [h.string('99999999999999999999'), 0, 10]);
    h.call('perror', [h.string('strtol')]);
    expect(h.stderrText()).toBe('strtol: Numerical result out of range\n');
  });
});

describe('getline', () => {
  // native/getline-growth.out: what glibc's getline returned and left in *n for each line of
  // native/getline-growth.in (read from a file, st_blksize 4096), then -1, *n and feof at the end
  const input = readFileSync(new URL('./native/getline-growth.in', import.meta.url));
  const glibc = readFileSync(new URL('./native/getline-growth.out', import.meta.url), 'utf8').trim().split('\n');

  it('allocates 120 bytes, grows as glibc does, returns -1 at EOF', () => {
    h = createHarness({ stdin: input });
    const lineptr = SCRATCH + 0x9000;
    const n = lineptr + 8;
    h.engine.writeMemory(lineptr, new Uint8Array(16));
    const seen: string[] = [];
    for (;;) {
      const result = BigInt.asIntN(64, h.call('getline', [lineptr, n, stdinFile(h)]));
      if (result === -1n) {
        seen.push(`${result} ${h.readU64(n)} ${h.call('feof', [stdinFile(h)])}`);
        break;
      }
      if (seen.length === 11) expect(h.readString(Number(h.readU64(lineptr)))).toBe('tail');
      seen.push(`${result} ${h.readU64(n)}`);
    }
    expect(seen).toEqual(glibc);
  });

  it('keeps the line and its newline, NUL-terminated', () => {
    h = createHarness({ stdin: 'add 5 7\nquit\n' });
    const lineptr = SCRATCH + 0x9000;
    h.engine.writeMemory(lineptr, new Uint8Array(16));
    expect(h.call('getline', [lineptr, lineptr + 8, stdinFile(h)])).toBe(8n);
    expect(h.readString(Number(h.readU64(lineptr)))).toBe('add 5 7\n');
    expect(h.call('getline', [lineptr, lineptr + 8, stdinFile(h)])).toBe(5n);
    expect(h.call('getline', [lineptr, lineptr + 8, stdinFile(h)])).toBe(0xffff_ffff_ffff_ffffn);
  });

  it('flushes a line-buffered stdout before reading a terminal', () => {
    h = createHarness({ stdin: 'x\n', terminal: true });
    h.call('printf', [h.string('> ')]);
    expect(h.stdoutText()).toBe('');
    const lineptr = SCRATCH + 0x9000;
    h.engine.writeMemory(lineptr, new Uint8Array(16));
    h.call('getline', [lineptr, lineptr + 8, stdinFile(h)]);
    expect(h.stdoutText()).toBe('> ');
  });
});

describe('input', () => {
  it('scanf reads from stdin and leaves the rest for the next read', () => {
    h = createHarness({ stdin: '  12 apples\nrest of line\n' });
    const number = SCRATCH + 0x9000;
    const word = SCRATCH + 0x9100;
    expect(h.call('scanf', [h.string('%d %s'), number, word])).toBe(2n);
    expect(new DataView(h.engine.readMemory(number, 4).buffer).getInt32(0, true)).toBe(12);
    expect(h.readString(word)).toBe('apples');
    const lineptr = SCRATCH + 0x9200;
    h.engine.writeMemory(lineptr, new Uint8Array(16));
    expect(h.call('getline', [lineptr, lineptr + 8, stdinFile(h)])).toBe(1n);
    expect(h.call('scanf', [h.string('%s'), word])).toBe(1n);
    expect(h.readString(word)).toBe('rest');
    expect(h.call('scanf', [h.string('%s %s %s'), word, word, word])).toBe(2n);
    expect(h.call('scanf', [h.string('%d'), number])).toBe(0xffff_ffffn);
  });

  it('vprintf and vsnprintf take their arguments from a guest va_list', () => {
    h = createHarness();
    // va_list { gp_offset, fp_offset, overflow_arg_area, reg_save_area }: two ints left in the
    // register save area, one double in its vector part, then a third int on the overflow area
    const save = SCRATCH + 0xa000;
    const overflow = SCRATCH + 0xb000;
    const list = SCRATCH + 0xc000;
    const area = new DataView(new ArrayBuffer(176));
    area.setBigUint64(32, 7n, true);
    area.setBigUint64(40, 8n, true);
    area.setFloat64(48, 2.5, true);
    h.engine.writeMemory(save, new Uint8Array(area.buffer));
    h.engine.writeMemory(overflow, new Uint8Array(new BigUint64Array([9n]).buffer));
    const header = new DataView(new ArrayBuffer(24));
    header.setUint32(0, 32, true);
    header.setUint32(4, 48, true);
    header.setBigUint64(8, BigInt(overflow), true);
    header.setBigUint64(16, BigInt(save), true);
    h.engine.writeMemory(list, new Uint8Array(header.buffer));
    const buffer = SCRATCH + 0xd000;
    expect(h.call('vsnprintf', [buffer, 64, h.string('%d %d %.1f %d'), list])).toBe(9n);
    expect(h.readString(buffer)).toBe('7 8 2.5 9');
    expect(new DataView(h.engine.readMemory(list, 4).buffer).getUint32(0, true)).toBe(48);
  });

  it('fgets stops after a newline or size-1 bytes; getchar reads bytes then EOF', () => {
    h = createHarness({ stdin: 'abcdef\nxy' });
    const buffer = SCRATCH + 0x9000;
    expect(h.call('fgets', [buffer, 4, stdinFile(h)])).toBe(BigInt(buffer));
    expect(h.readString(buffer)).toBe('abc');
    h.call('fgets', [buffer, 100, stdinFile(h)]);
    expect(h.readString(buffer)).toBe('def\n');
    expect(h.call('getchar')).toBe(0x78n);
    expect(h.call('getchar')).toBe(0x79n);
    expect(h.call('getchar')).toBe(0xffff_ffffn);
    expect(h.call('fgets', [buffer, 100, stdinFile(h)])).toBe(0n);
    expect(h.call('fgets', [buffer, 1, stdinFile(h)])).toBe(BigInt(buffer));
    expect(h.readString(buffer)).toBe('');
    expect(h.call('ungetc', [0x41, stdinFile(h)])).toBe(0x41n);
    expect(h.call('feof', [stdinFile(h)])).toBe(0n);
    expect(h.call('getchar')).toBe(0x41n);
  });

  it('read(0, ...) takes bytes straight from the descriptor', () => {
    h = createHarness({ stdin: 'hello' });
    const buffer = SCRATCH + 0x9000;
    expect(h.call('read', [0, buffer, 3])).toBe(3n);
    expect(h.engine.readMemory(buffer, 3)).toEqual(new Uint8Array([0x68, 0x65, 0x6c]));
    expect(h.call('read', [0, buffer, 100])).toBe(2n);
    expect(h.call('read', [0, buffer, 100])).toBe(0n);
  });

  it('ungetc before anything was read, then the input follows', () => {
    h = createHarness({ stdin: 'bc' });
    h.call('ungetc', [0x61, stdinFile(h)]);
    expect([h.call('getchar'), h.call('getchar'), h.call('getchar')]).toEqual([0x61n, 0x62n, 0x63n]);
  });
});
