#!/bin/sh
# Rebuilds test/libc/printf-corpus.json from the real glibc: the case list in
# scripts/printf-corpus.mjs becomes a C program, gcc builds it, its output becomes the fixture.
# Needs gcc and glibc; the tests that read the fixture do not.
set -e
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node scripts/printf-corpus.mjs c > "$work/corpus.c"
gcc -O0 -fno-builtin -w -o "$work/corpus" "$work/corpus.c" -lm
"$work/corpus" > "$work/output.txt"
GLIBC_VERSION=$(ldd --version | head -1 | sed 's/.* //') node scripts/printf-corpus.mjs json < "$work/output.txt" > test/libc/printf-corpus.json
echo "wrote test/libc/printf-corpus.json ($(grep -c '"format"' test/libc/printf-corpus.json) cases)"
