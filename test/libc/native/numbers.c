/* strtol/strtoul/atoi results (value, end offset, errno) and rand() sequences, one per line. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
static void strtol_case(const char *s, int base) {
  char *end;
  errno = 0;
  long v = strtol(s, &end, base);
  printf("strtol %d %ld %d %d\n", base, v, (int)(end - s), errno);
}
static void strtoul_case(const char *s, int base) {
  char *end;
  errno = 0;
  unsigned long v = strtoul(s, &end, base);
  printf("strtoul %d %lu %d %d\n", base, v, (int)(end - s), errno);
}
static const char *inputs[] = {"  0x1fZ", "99999999999999999999", "-0x", "  -1", "077", "zz", "  +", "-9223372036854775808",
                               "18446744073709551616", "\t\n 42abc", "+7", "0", "-", "1e5", "0x", "08"};
static const char *float_inputs[] = {"1.5", "  -2.5e3x", ".5", "5.", "1e", "1e+", "inf", "-Infinityx", "nan(abc)", "-nan", "0x1p3",
                                     "0x1.8p1", "0x.8", "1e400", "1e-400", "4.9e-324", "0x1p-1074", "0x1.fffffffffffff8p0", "abc", "-",
                                     "1.e5", ".e5", "0.1", "2.2250738585072011e-308", "123456789012345678901234567890", "0x", "1e-320"};
int main(void) {
  for (unsigned i = 0; i < sizeof float_inputs / sizeof *float_inputs; i++) {
    char *end;
    errno = 0;
    double v = strtod(float_inputs[i], &end);
    printf("strtod %a %d %d %a\n", v, (int)(end - float_inputs[i]), errno, atof(float_inputs[i]));
  }
  int bases[] = {0, 10, 16, 36, 8};
  for (unsigned i = 0; i < sizeof inputs / sizeof *inputs; i++)
    for (unsigned b = 0; b < sizeof bases / sizeof *bases; b++) {
      strtol_case(inputs[i], bases[b]);
      strtoul_case(inputs[i], bases[b]);
    }
  for (unsigned i = 0; i < sizeof inputs / sizeof *inputs; i++) printf("atoi %d\n", atoi(inputs[i]));
  printf("atoi %d %d %d\n", atoi("99999999999"), atoi("-2147483649"), atoi("  -12abc"));
  printf("rand");
  for (int i = 0; i < 5; i++) printf(" %d", rand());
  srand(42);
  for (int i = 0; i < 3; i++) printf(" %d", rand());
  srand(0);
  printf(" %d", rand());
  srand(4000000000u);
  printf(" %d\n", rand());
  return 0;
}
