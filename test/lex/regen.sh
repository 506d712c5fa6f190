#!/bin/sh
# Regenerates fixtures/literals.json from nasm: each line of numbers.txt assembled as `dq LINE`
# and each line of strings.txt as `db LINE`, recording the bytes nasm emits (hex).
set -eu
cd "$(dirname "$0")/fixtures"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
emit() { # directive file
  first=1
  while IFS= read -r line; do
    printf '%s %s\n' "$1" "$line" > "$tmp/x.asm"
    nasm -f bin -o "$tmp/x.bin" "$tmp/x.asm"
    hex=$(od -An -v -tx1 "$tmp/x.bin" | tr -d ' \n')
    [ $first = 1 ] || printf ',\n'
    first=0
    python3 -c 'import json,sys; print("    " + json.dumps({"text": sys.argv[1], "hex": sys.argv[2]}), end="")' "$line" "$hex"
  done < "$2"
  printf '\n'
}
{
  printf '{\n  "numbers": [\n'; emit dq numbers.txt
  printf '  ],\n  "strings": [\n'; emit db strings.txt
  printf '  ]\n}\n'
} > literals.json
