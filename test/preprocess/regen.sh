#!/bin/sh
# Regenerates the expected outputs of the preprocessor corpus from real nasm: for each
# cases/NAME.asm, `nasm -E` writes cases/NAME.expected (preprocessed text) and cases/NAME.stderr
# (its messages). Run from anywhere; needs nasm 2.16.
set -eu
cd "$(dirname "$0")/cases"
for source in *.asm; do
  name=${source%.asm}
  nasm -f elf64 -E -I inc/ "$source" > "$name.expected" 2> "$name.stderr" || true
done
