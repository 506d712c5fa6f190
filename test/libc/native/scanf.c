/* sscanf cases: each line gives the format and input (hex), the argument kinds, sscanf's result
   and what it stored through each pointer (untouched slots keep their initial values). */
#include <stdio.h>
#include <string.h>

struct scan_case { const char *format, *input, *kinds; };
static const struct scan_case cases[] = {
  {"%d", "42", "d"}, {"%d", "  -17xyz", "d"}, {"%d%d", "1 2", "dd"}, {"%d %d", "1\n\t2", "dd"}, {"%d,%d", "3,4", "dd"},
  {"%d,%d", "3 ,4", "dd"}, {"%d", "", "d"}, {"%d", "   ", "d"}, {"%d", "abc", "d"}, {"%d %s", "5", "ds"},
  {"%i", "0x1f", "d"}, {"%i", "017", "d"}, {"%i", "-0x10", "d"}, {"%x", "ff", "d"}, {"%x", "0XfF", "d"}, {"%o", "777", "d"},
  {"%u", "4294967295", "u"}, {"%u", "-1", "u"}, {"%ld", "-9223372036854775808", "l"}, {"%lx", "ffffffffffffffff", "l"},
  {"%hd", "70000", "h"}, {"%hhd", "300", "c"}, {"%3d%d", "12345", "dd"}, {"%*d %d", "1 2", "d"}, {"%d%n", "123", "dn"},
  {"%s", "  hello world", "s"}, {"%s %s", "a b", "st"}, {"%3s%s", "abcdef", "st"}, {"%c", " x", "C"}, {"%3c", "abcd", "C"},
  {" %c", "  x", "C"}, {"%[a-z]", "abc123", "s"}, {"%[^\n]", "hello there\nnext", "s"}, {"%[]a]", "]a]b", "s"},
  {"%[^,],%s", "key,value", "st"}, {"%lf", "3.25", "D"}, {"%lf", "-1e-3", "D"}, {"%f", "2.5", "F"}, {"%lf", "0x1.8p1", "D"},
  {"%lf", "inf", "D"}, {"%lf", "nan", "D"}, {"%lf", ".5", "D"}, {"%lf", "1e", "D"}, {"%Lf", "1.5", "L"}, {"%lf%d", "1.5 7", "Dd"},
  {"%lg", "123456789.125", "D"}, {"%le", "1e400", "D"}, {"%d%%", "50%", "d"}, {"%d %%", "50 %", "d"}, {"x%d", "y5", "d"},
  {"%d:%d:%d", "12:34", "ddi"}, {"%s%n %d", "ab 9", "snd"}, {"%d", "+", "d"}, {"%5lf", "1.23456", "D"}, {"%p", "0x1234", "l"},
  {"%d%d", "1", "dd"}, {"%s", "", "s"}, {"%c", "", "C"}, {"%2d%2d%2d", "123456", "ddi"}, {"%d-%d", "1 -2", "dd"},
};

int main(void) {
  for (unsigned k = 0; k < sizeof cases / sizeof *cases; k++) {
    const struct scan_case *c = &cases[k];
    int d[3] = {-7, -7, -7}, n = -7;
    long l = -7;
    unsigned u = 7;
    short h = -7;
    signed char hh = -7;
    double D = -7.0;
    float F = -7.0f;
    long double L = -7.0L;
    char s[64], t[64], C[8];
    memset(s, '.', sizeof s); s[63] = 0;
    memset(t, '.', sizeof t); t[63] = 0;
    memset(C, '.', sizeof C);
    void *p[4] = {0, 0, 0, 0};
    int di = 0;
    for (int i = 0; c->kinds[i]; i++) {
      switch (c->kinds[i]) {
        case 'd': case 'i': p[i] = &d[di++]; break;
        case 'n': p[i] = &n; break;
        case 'l': p[i] = &l; break;
        case 'u': p[i] = &u; break;
        case 'h': p[i] = &h; break;
        case 'c': p[i] = &hh; break;
        case 'D': p[i] = &D; break;
        case 'F': p[i] = &F; break;
        case 'L': p[i] = &L; break;
        case 's': p[i] = s; break;
        case 't': p[i] = t; break;
        case 'C': p[i] = C; break;
      }
    }
    int r = sscanf(c->input, c->format, p[0], p[1], p[2], p[3]);
    printf("%s ", c->kinds);
    for (const char *q = c->format; *q; q++) printf("%02x", (unsigned char)*q);
    printf(" ");
    for (const char *q = c->input; *q; q++) printf("%02x", (unsigned char)*q);
    printf(" =%d d=%d,%d,%d n=%d l=%ld u=%u h=%hd hh=%d D=%a F=%a L=%La s=", r, d[0], d[1], d[2], n, l, u, h, hh, D, (double)F, L);
    for (int i = 0; i < 63; i++) printf("%02x", (unsigned char)s[i]);
    printf(" t=");
    for (int i = 0; i < 63; i++) printf("%02x", (unsigned char)t[i]);
    printf(" C=");
    for (int i = 0; i < 8; i++) printf("%02x", (unsigned char)C[i]);
    printf("\n");
  }
  return 0;
}
