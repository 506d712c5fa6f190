#!/bin/sh
# Regenerates the encoder's fixtures: each test/encode/fixtures/NAME.asm assembled by real nasm
# into NAME.o. Needs nasm 2.16; the tests themselves only read the stored objects.
set -e
cd "$(dirname "$0")/fixtures"
for source in *.asm; do
  nasm -felf64 "$source" -o "${source%.asm}.o"
done
