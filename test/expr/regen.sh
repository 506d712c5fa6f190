#!/bin/sh
# Regenerates fixtures/constants.json: each line of constants.txt is given to nasm as
# `%assign x LINE` followed by `dq x` and assembled in 64-bit mode with `nasm -f bin`; the signed value of the
# eight bytes written, or nasm's first error, is recorded with the expression.
set -eu
cd "$(dirname "$0")/fixtures"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
first=1
printf '[\n' > constants.json
while IFS= read -r line; do
  printf 'bits 64\n%%assign x %s\ndq x\n' "$line" > "$tmp/x.asm"
  rm -f "$tmp/x.bin"
  (cd "$tmp" && nasm -f bin -o x.bin x.asm 2>"$tmp/err") || true
  out=$(python3 -c 'import sys; print(int.from_bytes(open(sys.argv[1], "rb").read(), "little", signed=True))' "$tmp/x.bin" 2>/dev/null || true)
  err=$(grep -m1 -E 'error|fatal' "$tmp/err" | sed 's/^x\.asm:[0-9]*: //' || true)
  warn=$(grep -m1 'warning' "$tmp/err" | sed -e 's/^x\.asm:[0-9]*: warning: //' || true)
  [ $first = 1 ] || printf ',\n' >> constants.json
  first=0
  python3 -c '
import json, sys
text, out, err, warn = sys.argv[1:]
entry = {"text": text}
if err: entry["error"] = err.split(": ", 1)[1]
else: entry["value"] = out
if warn: entry["warning"] = warn
print("  " + json.dumps(entry), end="")' "$line" "$out" "$err" "$warn" >> constants.json
done < constants.txt
printf '\n]\n' >> constants.json
