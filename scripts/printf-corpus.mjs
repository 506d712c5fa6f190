// Builds the printf corpus: a list of cases (format + C argument expressions) becomes a C
// program; gcc builds it against the real glibc; its output (each case's bytes, return value and
// the exact bits of every argument) becomes test/libc/printf-corpus.json.
//   node scripts/printf-corpus.mjs c > corpus.c       (the C program)
//   node scripts/printf-corpus.mjs json < output.txt  (the fixture, from the program's output)

const cases = [];
const add = (format, ...args) => cases.push({ format, args });
const int = (c) => ({ type: 'int', c });
const long = (c) => ({ type: 'long long', c });
const dbl = (c) => ({ type: 'double', c });
const ldbl = (c) => ({ type: 'long double', c });
const str = (c) => ({ type: 'string', c });
const ptr = (c) => ({ type: 'void *', c });
const wstr = (c) => ({ type: 'wide string', c });
const wint = (c) => ({ type: 'wint_t', c });

// integers: every flag set x width/precision x conversion, on a few values
const intFlags = ['', '-', '+', ' ', '#', '0', '-0', '+0', ' 0', '#0', '+ ', '-#'];
const intShapes = ['', '6', '.3', '8.4', '.0'];
for (const conversion of ['d', 'u', 'o', 'x']) {
  for (const flags of intFlags) {
    for (const shape of intShapes) add(`[%${flags}${shape}${conversion}]`, int('0'));
    add(`[%${flags}6${conversion}|%${flags}.3${conversion}]`, int('7'), int('-123456'));
  }
}
for (const value of ['0', '1', '-1', '42', 'INT_MIN', 'INT_MAX', '255', '-255']) {
  add(`[%i|%X|%#X|%#o|%+i|% i|%08i|%-8i|]`, ...Array(8).fill(int(value)));
}
// length modifiers
for (const value of ['300', '-129', '0x8000', '65535', '-1', 'LLONG_MIN', 'LLONG_MAX', 'ULLONG_MAX', '0x123456789abcdefLL']) {
  add(`[%hhd|%hhu|%hd|%hu|%hx]`, ...Array(5).fill(int(`(int)(${value})`)));
  add(`[%ld|%lu|%lld|%llu|%llx|%lo]`, ...Array(6).fill(long(value)));
  add(`[%zd|%zu|%jd|%ju|%td|%qd|%Lu]`, ...Array(7).fill(long(value)));
}
add('[%hhn check %d]', int('65'));
// characters
for (const value of ['65', '0', '255', '0x141']) {
  for (const shape of ['', '3', '-3', '.0', '03']) add(`[%${shape}c]`, int(value));
}
// strings
for (const shape of ['', '10', '-10', '.0', '.2', '.5', '.6', '.7', '10.3', '-10.3', '.10', '010']) {
  add(`[%${shape}s]`, str('"hello"'));
  add(`[%${shape}s]`, str('NULL'));
  add(`[%${shape}s]`, str('""'));
}
add('[%s %s %s]', str('"a"'), str('"bc"'), str('"def"'));
// wide characters and strings, in the C locale
add('[%lc|%5lc|%-3lc|%C]', wint("'A'"), wint("'b'"), wint("'c'"), wint("'Z'"));
add('[%ls|%.2ls|%6ls|%-4S|%ls]', wstr('L"abc"'), wstr('L"xyz"'), wstr('L"q"'), wstr('L"WW"'), wstr('NULL'));
add('[x%lcy]', wint('0xe9'));
add('[x%lsy]', wstr('L"a\\u00e9"'));
add('[%.3ls]', wstr('NULL'));
// pointers
for (const value of ['0', '0x1234', '0x7ffff7a3b010', '0xffffffffffffffff']) {
  for (const shape of ['', '20', '-20', '020', '+', ' ', '.8', '#', '+20.16']) add(`[%${shape}p]`, ptr(`(void *)${value}`));
}
// percent, unknown conversions, stars
add('[%%|%5%|%-5%]');
add('[%b|%#b|%#B|%010b|%.12b|%-#12b|%hhb]', ...Array(7).fill(int('0x2d')));
add('[%y|%5k|%-#w|%+ 0-#12.4w|%\'5b|%lly]');
add('[%*d|%-*d|%*d]', int('5'), int('42'), int('5'), int('42'), int('-5'), int('42'));
add('[%.*d|%.*d|%*.*f]', int('4'), int('7'), int('-3'), int('7'), int('10'), int('2'), dbl('3.14159'));
add('[%.*s|%.*s]', int('3'), str('"abcdef"'), int('-1'), str('"abcdef"'));
// positional arguments
add('[%2$s %1$d]', int('12'), str('"two"'));
add('[%1$*2$d|%1$-*2$d]', int('42'), int('7'));
add('[%3$.*2$f|%1$s]', str('"x"'), int('3'), dbl('2.71828182845904523'));
add('[%2$f %1$d %2$e]', int('5'), dbl('0.5'));
// doubles: every conversion x a spread of shapes x awkward values
const doubleValues = [
  '0.0', '-0.0', '0.5', '1.5', '2.5', '-2.5', '0.125', '0.375', '1.0', '0.1', '1.0/3', '100.0', '1e21', '1e-5', '0.0001234',
  '9.9999', '9.5', '123456789.125', 'DBL_MAX', 'DBL_MIN', '4.9406564584124654e-324', '1.7976931348623157e300', '-1234.5678',
  '999999.5', '0.000099999', 'INFINITY', '-INFINITY', 'NAN', '-NAN', '6.02214076e23', '1e100', '1.25e-7',
];
const doubleShapes = ['', '.0', '.3', '#.0', '+12.4', '-12', '012.3', ' .1', '.17', '#', '+015', '-+14.2'];
for (const conversion of ['f', 'e', 'g', 'a']) {
  for (const value of doubleValues) {
    const upper = conversion.toUpperCase();
    const shapes = doubleShapes.map((shape, i) => `%${shape}${i % 4 === 3 ? upper : conversion}`);
    add(`[${shapes.join('|')}]`, ...shapes.map(() => dbl(value)));
  }
}
for (let precision = 0; precision <= 12; precision++) {
  add(`[%.${precision}f|%.${precision}e|%.${precision}g|%.${precision}a]`, ...Array(4).fill(dbl('123456789.125')));
}
for (const value of ['0.0001', '0.00001', '123456', '1234567', '0.5', '100', '1e-5', '1e15', '1e16', '0.1', '10']) {
  add(`[%g|%#g|%.2g|%#.2g|%.0g|%#.0g|%G|%.10g]`, ...Array(8).fill(dbl(value)));
}
for (const value of ['1.0', '1.5', '1.9999999', '0.9999999', '1.03125', '1.09375', 'DBL_MIN/4', '255.0', '0.1']) {
  add(`[%.0a|%.1a|%.2a|%#.0a|%15.3A|%-15a|%015a]`, ...Array(7).fill(dbl(value)));
}
for (const value of ['999999.5', '99.5', '9.5', '9.9999995e-5', '0.99999', '99999.95']) {
  add('[%g|%#g|%#.2g|%#.1g|%.2g|%#.3g|%#.5g]', ...Array(7).fill(dbl(value)));
}
add('[%.100f]', dbl('0.1'));
add('[%.60e]', dbl('4.9406564584124654e-324'));
add('[%f|%lf|%5.1f|%-5.1f]', dbl('0.05'), dbl('0.15'), dbl('0.25'), dbl('0.35'));
// long doubles
for (const value of ['1.0L', '0.1L', '-2.5L', 'LDBL_MAX', 'LDBL_MIN', '1e4000L', '3.14159265358979323846264L', '(long double)INFINITY', '-(long double)NAN', '0.0L']) {
  add(`[%Lf|%.3Le|%Lg|%La|%.2La|%20.10Lg]`, ...Array(6).fill(ldbl(value)));
}
// mixed integer, double and string arguments, as printf sees them
add('[%d %f %s %e %c %g %ld %a]', int('-7'), dbl('1.25'), str('"mix"'), dbl('-0.001'), int('120'), dbl('1e-10'), long('-9000000000'), dbl('3.0'));

function cLiteral(text) {
  return JSON.stringify(text);
}

function emitC() {
  const lines = [
    '#include <stdio.h>', '#include <string.h>', '#include <wchar.h>', '#include <limits.h>', '#include <float.h>', '#include <math.h>', '#include <stdint.h>',
    'static char out[16384];',
    'static void hex(const void *p, size_t n) { const unsigned char *b = p; for (size_t i = 0; i < n; i++) printf("%02x", b[i]); }',
    'int main(void) {',
    '  int r, shown;',
  ];
  cases.forEach((c, index) => {
    lines.push('  {');
    const names = [];
    c.args.forEach((arg, i) => {
      const name = `a${i}`;
      names.push(name);
      const type = arg.type === 'string' ? 'const char *' : arg.type === 'wide string' ? 'const wchar_t *' : arg.type;
      lines.push(`    ${type} ${name} = ${arg.c};`);
    });
    const format = c.format.replace('%hhn check', '%hhn');
    if (c.format.includes('%hhn')) {
      lines.push('    signed char count = 0;');
      lines.push(`    r = snprintf(out, sizeof out, ${cLiteral('[ab%hhn|%d]')}, &count, ${names[0]});`);
      lines.push('    memcpy(out + r, &count, 1); shown = r + 1;');
    } else {
      lines.push(`    r = snprintf(out, sizeof out, ${cLiteral(format)}${names.map((n) => ', ' + n).join('')});`);
      lines.push('    shown = r;');
    }
    lines.push('    if (r < 0) shown = 0;');
    lines.push(`    printf("%d %d ", ${index}, r); hex(out, (size_t)shown < sizeof out ? (size_t)shown : sizeof out - 1);`);
    c.args.forEach((arg, i) => {
      if (arg.type === 'string' || arg.type === 'wide string') lines.push(`    printf(" %s", a${i} ? "s" : "null");`);
      else if (arg.type === 'long double') lines.push(`    printf(" "); hex(&a${i}, 10);`);
      else if (arg.type === 'double') lines.push(`    printf(" "); hex(&a${i}, 8);`);
      else lines.push(`    printf(" %016llx", (unsigned long long)(long long)(intptr_t)a${i});`);
    });
    lines.push('    printf("\\n");', '  }');
  });
  lines.push('  return 0;', '}');
  return lines.join('\n') + '\n';
}

function littleEndianHexToBigIntHex(hex) {
  return hex.match(/../g).reverse().join('').replace(/^0+(?=.)/, '');
}

async function emitJson() {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const results = input.trim().split('\n');
  if (results.length !== cases.length) throw new Error(`expected ${cases.length} results, got ${results.length}`);
  const corpus = results.map((line) => {
    const [index, returned, expected, ...bits] = line.split(' ');
    const c = cases[Number(index)];
    const isCountCase = c.format.includes('%hhn');
    const format = isCountCase ? '[ab%hhn|%d]' : c.format;
    return {
      format,
      // the %hhn case stores through a pointer the C program made; any address stands in for it
      args: (isCountCase ? [{ kind: 'integer', bits: '7000' }] : []).concat(c.args.map((arg, i) => {
        if (arg.type === 'string') return bits[i] === 'null' ? { kind: 'string', text: null } : { kind: 'string', text: JSON.parse(arg.c) };
        if (arg.type === 'wide string') return bits[i] === 'null' ? { kind: 'wideString', text: null } : { kind: 'wideString', text: JSON.parse(arg.c.slice(1)) };
        if (arg.type === 'double') return { kind: 'double', bits: littleEndianHexToBigIntHex(bits[i]) };
        if (arg.type === 'long double') return { kind: 'longDouble', bits: littleEndianHexToBigIntHex(bits[i]) };
        return { kind: 'integer', bits: bits[i].replace(/^0+(?=.)/, '') };
      })),
      returned: Number(returned),
      expected,
    };
  });
  process.stdout.write(JSON.stringify({ glibc: process.env.GLIBC_VERSION ?? 'unknown', cases: corpus }, null, 1) + '\n');
}

if (process.argv[2] === 'c') process.stdout.write(emitC());
else if (process.argv[2] === 'json') await emitJson();
else {
  process.stderr.write('usage: node scripts/printf-corpus.mjs c|json\n');
  process.exit(2);
}
