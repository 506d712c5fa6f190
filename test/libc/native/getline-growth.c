/* getline's count and buffer size (*n) after each line of getline-growth.in, then at EOF. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
int main(void) {
  char *line = NULL;
  size_t n = 0;
  ssize_t r;
  while ((r = getline(&line, &n, stdin)) != -1) printf("%zd %zu\n", r, n);
  printf("%zd %zu %d\n", r, n, feof(stdin));
  free(line);
  return 0;
}
