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
int main(void) {
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
