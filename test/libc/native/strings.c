/* strcmp/strncmp/memcmp results (glibc returns byte differences) and ctype values for 0..255. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
int main(void) {
  printf("strcmp %d %d %d %d %d %d\n", strcmp("a", "c"), strcmp("abc", "ab"), strcmp("ab", "abc"), strcmp("\xff", "a"),
         strcmp("x", "x"), strcmp("", "A"));
  printf("strncmp %d %d %d %d\n", strncmp("abd", "abc", 3), strncmp("abd", "abc", 2), strncmp("ab", "abc", 5), strncmp("a", "b", 0));
  printf("memcmp %d %d %d\n", memcmp("a", "c", 1), memcmp("\xff", "a", 1), memcmp("ab\0x", "ab\0y", 4));
  printf("strcasecmp %d %d %d %d\n", strcasecmp("Hello", "hELLo"), strcasecmp("a", "B"), strcasecmp("[", "a"), strncasecmp("abcX", "ABCy", 3));
  printf("span %zu %zu %zu %zu\n", strspn("  \tword", " \t"), strcspn("key=value", "=;"), strcspn("abc", "xyz"), strspn("abc", ""));
  char text[] = ",,alpha, beta,,gamma;";
  printf("strtok");
  for (char *token = strtok(text, ", ;"); token; token = strtok(NULL, ", ;")) printf(" [%s]@%d", token, (int)(token - text));
  printf("\n");
  for (int c = -1; c < 256; c++)
    printf("ctype %d %d %d %d %d %d %d %d %d %d %d %d %d %d\n", c, isalpha(c), isdigit(c), isalnum(c), isspace(c), isupper(c),
           islower(c), isxdigit(c), ispunct(c), isprint(c), iscntrl(c), isblank(c), toupper(c), tolower(c));
  return 0;
}
